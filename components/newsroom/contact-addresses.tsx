import { site } from "@/content/site";

/** On the contact page: each address readers can write to, and what for. `subject` prefills the message's subject. */
export function ContactAddresses({ subject }: { subject?: string }) {
  return (
    <dl className="mt-6 space-y-4">
      {site.contacts.map((contact) => (
        <div key={contact.type} id={contact.type}>
          <dt className="font-semibold capitalize">{contact.type}</dt>
          <dd className="mt-1">
            <a href={`mailto:${contact.email}${subject && contact.type === "corrections" ? `?subject=${encodeURIComponent(subject)}` : ""}`} className="underline underline-offset-2">
              {contact.email}
            </a>
            <p className="text-muted">{contact.description}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}

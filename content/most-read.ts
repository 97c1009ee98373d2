/**
 * "Most read", as editors run it: the stories it never lists, by slug, whatever their reads (a story
 * about a death that readers share for the wrong reasons, a hoax being debunked, a legal hold). Paid
 * content is never listed, without being named here. `npm run content:publish` sends this list to the
 * running site when it changed (no rebuild). Every compile (so every build and `npm run check-content`),
 * the publish command and the site refuse a slug no story has, naming the field.
 *
 *   exclude: ["putin-discusses-syria-peace-efforts-with-assad"],
 */
export const mostRead: { exclude: readonly string[] } = {
  exclude: [],
};

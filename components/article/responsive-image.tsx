import { getImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

/**
 * An <img> through Next's image optimizer (AVIF/WebP, a srcset for `sizes`), rendered on the server with
 * getImageProps: the same markup as next/image without its client component, so no JavaScript ships for
 * it. `preload` marks the page's LCP image: eager, high priority, and preloaded from <head>.
 */
export function ResponsiveImage({
  src,
  width,
  height,
  alt,
  sizes,
  preload = false,
  className,
}: {
  src: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
  preload?: boolean;
  className?: string;
}) {
  // Next's inline style (color: transparent, to hide alt text while loading) would need 'unsafe-inline'
  // in the Content-Security-Policy's style-src: left out.
  const { props } = getImageProps({ src, width, height, alt, sizes, loading: preload ? "eager" : "lazy" });
  if (preload) {
    preloadResource(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the optimizer's markup, from getImageProps.
  return <img {...props} style={undefined} alt={alt} className={className} fetchPriority={preload ? "high" : undefined} />;
}

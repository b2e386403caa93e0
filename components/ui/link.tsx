import NextLink from "next/link";
import type { ComponentProps } from "react";

// Every in-app link, fetched when followed and never ahead. Next's <Link> prefetches
// each link that scrolls into view: a page with its header and a table asked the
// server for 20–35 more renders per view (every nav entry, every row, every sort
// link), each one a session check and a layout, so a room of delegates cost the
// server many times the pages they read. A followed link still navigates on the
// client, with one request. `prefetch` may still be set where a page wants it.
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}

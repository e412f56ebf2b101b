import type { ReactNode } from "react";

/** The root layout Next requires for the one page (app/rendered/page). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { landingPathFor } from "@/lib/dashboard/landing";

// Sign-in without a page asked for lands here, and goes on to the person's start page.
export default async function LandingPage() {
  redirect(landingPathFor(await requireViewer()));
}

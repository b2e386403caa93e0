import { Link } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/server";

// Shown for anything that does not exist *or that the viewer may not see*: the two
// must be indistinguishable.
export default async function NotFound() {
  const t = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-2 text-2xl font-semibold">{t.t("errors.notFoundTitle")}</h1>
      <p className="mb-4">{t.t("errors.notFoundBody")}</p>
      <Link href="/" className="text-brand underline">
        {t.t("errors.backHome")}
      </Link>
    </main>
  );
}

"use client";
// Last resort when the root layout itself fails: no translations or styles can be
// trusted here, so the message is given in the three interface languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <main>
          <h1>Something went wrong</h1>
          <p>The page could not be shown. Try again; if it keeps happening, give the secretariat this reference:</p>
          <p lang="fr">La page n&apos;a pas pu être affichée. Réessayez ; si le problème persiste, communiquez cette référence au secrétariat :</p>
          <p lang="es">No se pudo mostrar la página. Vuelva a intentarlo; si el problema continúa, comunique esta referencia a la secretaría:</p>
          <p style={{ fontFamily: "monospace" }}>{error.digest ?? "—"}</p>
        </main>
      </body>
    </html>
  );
}

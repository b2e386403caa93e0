// The page served with 503 while the database is unreachable. Plain HTML in the
// three interface languages (the person's language cannot be looked up without the
// database), no script, and a refresh hint so it clears by itself.
const TEXT = [
  { lang: "en", title: "Temporarily unavailable", body: "The workspace cannot reach its database right now. Nothing you saved is lost. This page will try again in 30 seconds." },
  { lang: "fr", title: "Momentanément indisponible", body: "L'espace de travail ne parvient pas à joindre sa base de données pour le moment. Rien de ce que vous avez enregistré n'est perdu. Cette page réessaiera dans 30 secondes." },
  { lang: "es", title: "No disponible por el momento", body: "El espacio de trabajo no puede acceder a su base de datos en este momento. No se ha perdido nada de lo que guardó. Esta página volverá a intentarlo en 30 segundos." },
];

export function unavailableResponse(): Response {
  const sections = TEXT.map((t) => `<section lang="${t.lang}"><h2>${t.title}</h2><p>${t.body}</p></section>`).join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="30"><title>Temporarily unavailable — Delegate workspace</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><main><h1>Delegate workspace</h1>${sections}</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}

import type { carryEn } from "./carry.en";
import type { Widen } from "./widen";

export const carryEs: Widen<typeof carryEn> = {
  panel: {
    heading: "Desde el Diálogo de alto nivel",
    intro: "Lo hecho en las mesas redondas a las que este tema da seguimiento: las posiciones que puede leer, la postura de su delegación, las notas sin resolver y las acciones abiertas de su delegación y su grupo.",
    none: "Este tema no da seguimiento a ninguna mesa redonda.",
    positions: "Posiciones",
    noPosition: "Ninguna posición que pueda leer.",
    position: "{group} — {status}",
    deliveredOn: "Presentada el {date}",
    agreedOn: "Aprobada el {date}",
    savedOn: "Guardada por última vez el {date}",
    stance: "Nuestra postura: {stance}",
    noStance: "Ninguna postura registrada.",
    notes: "Notas sin resolver de nuestra delegación y nuestro grupo",
    noNotes: "Ninguna nota sin resolver.",
    noteBy: "{person}, {date}",
    actions: "Acciones abiertas",
    noActions: "Ninguna acción abierta.",
    due: "vence el {date}",
    openRoundtable: "Abrir {code}",
    carry: "Trasladar a nuestra posición sobre {code}",
    carrying: "Trasladando…",
    carried: "Trasladada a {code} (revisión {revision}) por {person}, {date}",
  },
  admin: {
    heading: "Da seguimiento a (mesas redondas del Diálogo de alto nivel)",
    hint: "Los miembros ven en la página de este tema el trabajo de sus grupos en las mesas redondas marcadas, y pueden trasladarlo aquí.",
    save: "Guardar los vínculos",
  },
  links: {
    heading: "Traslados",
    to: "Trasladada a {code} (revisión {revision}) por {person}, {date}",
    from: "Trasladada desde {code} (revisión {revision}) por {person}, {date}",
  },
  errors: {
    alreadyCarried: "Esta posición ya se trasladó a este tema: no se ha cambiado nada.",
    locked: "Nuestra posición sobre este tema está «{status}»: un jefe de delegación debe reabrirla antes de trasladar un texto. No se ha cambiado nada.",
    refused: "Solo los jefes de delegación y los delegados pueden trasladar una posición. No se ha cambiado nada.",
    notFound: "No encontrado: la posición o el tema ya no está disponible para usted.",
    generic: "No se pudo trasladar la posición. Inténtelo de nuevo.",
  },
};

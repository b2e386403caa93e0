import type { carryEn } from "./carry.en";
import type { Widen } from "./widen";

export const carryFr: Widen<typeof carryEn> = {
  panel: {
    heading: "Depuis le Dialogue de haut niveau",
    intro: "Ce qui a été fait sur les tables rondes dont ce thème assure le suivi : les positions que vous pouvez lire, votre position de délégation, les notes non résolues et les actions ouvertes de votre délégation et de votre groupe.",
    none: "Ce thème n’assure le suivi d’aucune table ronde.",
    positions: "Positions",
    noPosition: "Aucune position que vous puissiez lire.",
    position: "{group} — {status}",
    deliveredOn: "Présentée le {date}",
    agreedOn: "Approuvée le {date}",
    savedOn: "Dernier enregistrement le {date}",
    stance: "Notre position : {stance}",
    noStance: "Aucune position enregistrée.",
    notes: "Notes non résolues de notre délégation et de notre groupe",
    noNotes: "Aucune note non résolue.",
    noteBy: "{person}, {date}",
    actions: "Actions ouvertes",
    noActions: "Aucune action ouverte.",
    due: "échéance {date}",
    openRoundtable: "Ouvrir {code}",
    carry: "Reprendre dans notre position sur {code}",
    carrying: "Reprise en cours…",
    carried: "Reprise dans {code} (révision {revision}) par {person}, {date}",
  },
  admin: {
    heading: "Assure le suivi de (tables rondes du Dialogue de haut niveau)",
    hint: "Les membres voient sur la page de ce thème le travail de leurs groupes sur les tables rondes cochées, et peuvent le reprendre ici.",
    save: "Enregistrer les liens",
  },
  links: {
    heading: "Reprises",
    to: "Reprise dans {code} (révision {revision}) par {person}, {date}",
    from: "Reprise de {code} (révision {revision}) par {person}, {date}",
  },
  errors: {
    alreadyCarried: "Cette position a déjà été reprise dans ce thème : rien n’a été modifié.",
    locked: "Notre position sur ce thème est « {status} » : un chef de délégation doit la rouvrir avant qu’un texte y soit repris. Rien n’a été modifié.",
    refused: "Seuls les chefs de délégation et les délégués peuvent reprendre une position. Rien n’a été modifié.",
    notFound: "Introuvable : la position ou le thème ne vous est plus accessible.",
    generic: "La position n’a pas pu être reprise. Réessayez.",
  },
};

import type { Widen } from "./widen";
import { annotationsEn } from "./annotations.en";
import { actionsEn } from "./actions.en";
import { positionsEn } from "./positions.en";
import { carryEn } from "./carry.en";
import { adminEn } from "./admin.en";
import { dashboardEn } from "./dashboard.en";
import { searchEn } from "./search.en";
import { briefingEn } from "./briefing.en";

// English interface text. fr.ts and es.ts must have exactly the same keys (checked
// by catalog.test.ts). Placeholders are written {name}.
export const en = {
  app: {
    name: "Delegate workspace",
    tagline: "Preparation for the 2013 meetings on international labour migration",
    skipToContent: "Skip to main content",
    mainNavigation: "Main",
    workspaceDate: {
      banner: "Demo: shown as of {date}.",
      explanation: "Days left, due dates and overdue actions are counted from that day.",
    },
  },
  nav: { home: "Home", signOut: "Sign out", language: "Language", account: "Signed in as" },
  header: {
    actingAs: "{delegation} — {person}",
    secretariat: "ILO Office (secretariat)",
    group: "Constituent group: {group}",
  },
  groups: {
    GOVERNMENT: "Governments",
    EMPLOYERS: "Employers",
    WORKERS: "Workers",
    OBSERVER: "Observers",
  },
  roles: {
    HEAD_OF_DELEGATION: "Head of delegation",
    DELEGATE: "Delegate",
    ADVISER: "Adviser",
    SECRETARIAT: "Secretariat officer",
  },
  meetingKinds: {
    HIGH_LEVEL_DIALOGUE: "UN High-level Dialogue",
    TECHNICAL_MEETING: "ILO tripartite technical meeting",
    REGIONAL_PREPARATORY: "Regional preparatory meetings",
  },
  languages: { en: "English", fr: "Français", es: "Español" },
  // Shared by every form (lib/validation/text.ts).
  validation: { controlCharacters: "Contains invisible control characters (such as a NUL byte) that cannot be saved; remove them and try again." },
  signIn: {
    title: "Sign in",
    intro: "Sign in with the account your delegation's focal point or the ILO secretariat gave you.",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    errors: {
      invalid: "The email or password is incorrect.",
      throttled: "Too many attempts from this browser; try again at {time}.",
      emailRequired: "Enter your email address.",
      emailInvalid: "Enter an email address such as name@example.org.",
      passwordRequired: "Enter your password.",
      generic: "Sign-in is unavailable right now. Try again in a moment.",
    },
  },
  home: {
    title: "Before the meetings",
    delegationHeading: "Your delegation",
    delegation: "Delegation",
    group: "Constituent group",
    role: "Role",
    secretariatIntro: "You work for the ILO Office. You see every meeting and theme, and no delegation's private material.",
    meetingsHeading: "Meetings",
    noMeetings: "No meetings have been scheduled yet.",
    daysLeft: { one: "{count} day left", other: "{count} days left" },
    today: "Starts today",
    inProgress: "In progress",
    ended: { one: "Ended {count} day ago", other: "Ended {count} days ago" },
    datesTbc: "Dates to be announced",
    themeCount: { one: "{count} theme", other: "{count} themes" },
  },
  meeting: {
    overview: "Overview",
    overallTheme: "Overall theme",
    themesHeading: "Themes",
    noThemes: "No themes yet. The secretariat adds them when the agenda is set.",
    where: "Venue",
    when: "Dates",
  },
  theme: {
    meeting: "Meeting",
    background: "Background",
    noBackground: "The background text for this theme has not been published yet.",
    paragraph: "Paragraph {number}",
    instruments: "Instruments this theme touches",
    noInstruments: "No instruments are linked to this theme.",
    keyFigures: "Key figures",
    keyFiguresIntro: "From the ILO paper on the High-level Dialogue.",
    sourceNote: "Source note {number}",
    notesHeading: "Notes to the text",
    footnoteBack: "Back to the text (note {number})",
    breadcrumb: "Breadcrumb",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist, or you do not have access to it.",
    backHome: "Back to home",
    errorTitle: "Something went wrong",
    errorBody: "The page could not be shown. Try again; if it keeps happening, give the secretariat this reference:",
    retry: "Try again",
  },
  password: {
    errors: {
      tooShort: "Use at least 12 characters.",
      tooLong: "Use at most 128 characters.",
      tooCommon: "This password is among the most common ones. Choose another.",
      mismatch: "The two new passwords differ.",
      currentWrong: "Your current password is not correct.",
      currentThrottled: "Too many attempts from this browser; try again at {time}.",
      currentRequired: "Enter your current password.",
    },
  },
  account: {
    title: "Your account",
    navLabel: "Account",
    changePassword: "Change password",
    currentPassword: "Current password",
    newPassword: "New password",
    confirmPassword: "New password again",
    passwordHint: "At least 12 characters. A few unrelated words make a strong, memorable password.",
    save: "Change password",
    saving: "Saving…",
    passwordChanged: "Your password was changed. Your other devices have been signed out.",
    sessionsTitle: "Devices",
    sessionsIntro: "Signed in on {count} device(s), this one included.",
    signOutEverywhere: "Sign out of all devices",
    genericError: "Something went wrong. Nothing was changed; try again.",
  },
  notifications: {
    title: "Notifications",
    navLabel: "Notifications",
    unread: { one: "{count} unread", other: "{count} unread" },
    empty: "Nothing new. You will be told here when someone assigns you an action, replies to or mentions you in a note, or a group position changes status.",
    markAllRead: "Mark all as read",
    new: "New",
  },
  people: {
    title: "People",
    navLabel: "People",
    intro: "The people you work with: your constituent group's delegations and the secretariat.",
    introSecretariat: "Everyone with an active account, by delegation.",
    role: "Role",
    delegation: "Delegation",
    group: "Constituent group",
    email: "E-mail",
    secretariat: "ILO Office (secretariat)",
    inactive: "This account is not active.",
    truncated: "Only the first {count} people are listed.",
    breadcrumb: "Breadcrumb",
  },
  annotations: annotationsEn,
  actions: actionsEn,
  positions: positionsEn,
  carry: carryEn,
  admin: adminEn,
  dashboard: dashboardEn,
  search: searchEn,
  briefing: briefingEn,
};

export type Messages = Widen<typeof en>;

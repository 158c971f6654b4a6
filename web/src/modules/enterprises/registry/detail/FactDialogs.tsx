/** The 360° page's dialogs: which one is open, and the forms behind them. */
import { lazy, Suspense } from "react";
import type { Enterprise360, Qualification, ScaleFlag } from "../../types";

// The forms load when a writer opens one: readers never download them.
const EnterpriseDrawer = lazy(() => import("../EnterpriseDrawer").then((m) => ({ default: m.EnterpriseDrawer })));
const ContactsModal = lazy(() => import("../facts/ContactsModal").then((m) => ({ default: m.ContactsModal })));
const InnovationModal = lazy(() => import("../facts/InnovationModal").then((m) => ({ default: m.InnovationModal })));
const PartyModal = lazy(() => import("../facts/PartyModal").then((m) => ({ default: m.PartyModal })));
const PlatformModal = lazy(() => import("../facts/PlatformModal").then((m) => ({ default: m.PlatformModal })));
const QualificationModal = lazy(() =>
  import("../facts/QualificationModal").then((m) => ({ default: m.QualificationModal })),
);
const RungStepModal = lazy(() => import("../facts/RungStepModal").then((m) => ({ default: m.RungStepModal })));
const ScaleFlagModal = lazy(() => import("../facts/ScaleFlagModal").then((m) => ({ default: m.ScaleFlagModal })));

export type Dialog =
  | { kind: "edit" }
  | { kind: "contacts" }
  | { kind: "flag"; flag: ScaleFlag | null; ending?: boolean }
  | { kind: "qualification"; qualification: Qualification | null }
  | { kind: "platform" }
  | { kind: "innovation" }
  | { kind: "party" }
  | { kind: "rung" }
  | null;

/** What a section of the page gets: the enterprise, whether the user may write, and a way to open a dialog. */
export interface SectionProps {
  view: Enterprise360;
  writable: boolean;
  onDialog: (d: Dialog) => void;
}

export function FactDialogs({
  dialog,
  view: v,
  onClose,
}: {
  dialog: Dialog;
  view: Enterprise360;
  onClose: () => void;
}) {
  const e = v.enterprise;
  return (
    <Suspense fallback={null}>
      {dialog?.kind === "edit" && <EnterpriseDrawer enterprise={e} onClose={onClose} />}
      {dialog?.kind === "contacts" && <ContactsModal enterprise={e} onClose={onClose} />}
      {dialog?.kind === "flag" && (
        <ScaleFlagModal enterpriseId={e.id} flag={dialog.flag} ending={dialog.ending} onClose={onClose} />
      )}
      {dialog?.kind === "qualification" && (
        <QualificationModal enterpriseId={e.id} qualification={dialog.qualification} onClose={onClose} />
      )}
      {dialog?.kind === "platform" && <PlatformModal enterpriseId={e.id} onClose={onClose} />}
      {dialog?.kind === "innovation" && <InnovationModal view={v} onClose={onClose} />}
      {dialog?.kind === "party" && <PartyModal view={v} onClose={onClose} />}
      {dialog?.kind === "rung" && <RungStepModal enterprise={e} onClose={onClose} />}
    </Suspense>
  );
}

/**
 * The 360° page's small forms: a scale flag (add, end, correct), a qualification (高新技术企业 validity
 * defaults to three years from issue), an R&D platform, innovation figures, the party organisation, a step
 * up the cultivation ladder, and the contacts an enterprise's own account may keep current.
 */

import { RUNGS } from "@zoneos/core/enterprise-scale";
import { shiftDecimal, toYuan } from "@zoneos/core/format";
import { Button, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../../app/api";
import { FormModal } from "../../../ui/FormModal";
import { useEnterpriseLabels } from "../labels";
import { useInvalidate } from "../queries";
import type { Enterprise, Enterprise360, Qualification, QualificationKind, ScaleFlag } from "../types";

const iso = (d?: Dayjs | null) => (d ? d.format("YYYY-MM-DD") : null);
const day = (s?: string | null) => (s ? dayjs(s) : null);
const blank = (s?: string | null) => (s?.trim() ? s.trim() : null);
const fullWidth = { width: "100%" };

function useRules() {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  return {
    required: (field: string, label = el.field(field)) => ({
      required: true,
      whitespace: true,
      message: t("common.required", { field: label }),
    }),
    select: (field: string, label = el.field(field)) => ({
      required: true,
      message: t("common.selectRequired", { field: label }),
    }),
    /** An end date not before the start date in `startField`. */
    after:
      (startField: string) =>
      ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
        validator: async (_: unknown, end?: Dayjs | null) => {
          const start = getFieldValue(startField) as Dayjs | null | undefined;
          if (end && start && end.isBefore(start, "day")) throw new Error(t("enterprises.facts.endBeforeStart"));
        },
      }),
  };
}

/* ---------------------------------------------------------------- scale flags */

interface FlagValues {
  kind: string;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  note?: string;
}

/** Add a 规上/限上/资质 flag, or edit one (`ending` opens it to set the end date). */
export function ScaleFlagModal({
  enterpriseId,
  flag,
  ending,
  onClose,
}: {
  enterpriseId: string;
  flag: ScaleFlag | null;
  ending?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<FlagValues>();
  const submit = async (v: FlagValues) => {
    const body = { kind: v.kind, startedOn: iso(v.startedOn), endedOn: iso(v.endedOn), note: blank(v.note) };
    if (flag) await api.put(`/v1/enterprises/${enterpriseId}/scale-flags/${flag.id}`, body);
    else await api.post(`/v1/enterprises/${enterpriseId}/scale-flags`, body);
    await invalidate("enterprises");
  };
  const remove = async () => {
    if (!flag) return;
    await api.delete(`/v1/enterprises/${enterpriseId}/scale-flags/${flag.id}`);
    await invalidate("enterprises");
    onClose();
  };
  return (
    <FormModal<FlagValues>
      title={
        flag
          ? ending
            ? t("enterprises.facts.endFlag")
            : t("enterprises.facts.editFlag")
          : t("enterprises.facts.addFlag")
      }
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="flag-modal"
      initialValues={
        flag
          ? {
              kind: flag.kind,
              startedOn: dayjs(flag.startedOn),
              endedOn: flag.endedOn ? dayjs(flag.endedOn) : ending ? dayjs() : null,
              note: flag.note ?? undefined,
            }
          : { startedOn: dayjs().startOf("year") }
      }
      footerExtra={
        flag && !ending ? (
          <Popconfirm title={t("enterprises.facts.deleteFlagConfirm")} onConfirm={remove}>
            <Button danger type="text">
              {t("enterprises.facts.deleteMistake")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Form.Item
        name="kind"
        label={t("enterprises.facts.flagKind")}
        rules={[rules.select("kind", t("enterprises.facts.flagKind"))]}
      >
        <Select options={el.scaleOptions} disabled={Boolean(flag)} data-testid="flag-kind" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="startedOn" label={el.field("startedOn")} rules={[rules.select("startedOn")]}>
            <DatePicker style={fullWidth} disabled={ending} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endedOn"
            label={el.field("endedOn")}
            dependencies={["startedOn"]}
            rules={[rules.after("startedOn")]}
            extra={ending ? undefined : t("enterprises.facts.endedHelp")}
          >
            <DatePicker style={fullWidth} autoFocus={ending} data-testid="flag-ended" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={el.field("note")} rules={[{ max: 200 }]}>
        <Input maxLength={200} placeholder={t("enterprises.facts.flagNotePlaceholder")} />
      </Form.Item>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- qualifications */

interface QualValues {
  kind: QualificationKind;
  certificateNo?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
  board?: string | null;
  stockCode?: string;
  tier?: string;
  note?: string;
}

/** 高新技术企业 certificates run three years from issue (the day before the third anniversary). */
export const hitechExpiry = (issued: Dayjs) => issued.add(3, "year").subtract(1, "day");

export function QualificationModal({
  enterpriseId,
  qualification,
  onClose,
}: {
  enterpriseId: string;
  qualification: Qualification | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<QualValues>();
  const kind = Form.useWatch("kind", form);
  const listing = kind === "listed" || kind === "listingReserve";
  const certified = kind !== "listed" && kind !== "listingReserve";

  const submit = async (v: QualValues) => {
    const body = {
      kind: v.kind,
      certificateNo: certified ? blank(v.certificateNo) : null,
      issuedOn: iso(v.issuedOn),
      expiresOn: iso(v.expiresOn),
      board: listing ? (v.board ?? null) : null,
      stockCode: listing ? blank(v.stockCode) : null,
      tier: blank(v.tier),
      note: blank(v.note),
    };
    if (qualification) await api.put(`/v1/enterprises/${enterpriseId}/qualifications/${qualification.id}`, body);
    else await api.post(`/v1/enterprises/${enterpriseId}/qualifications`, body);
    await invalidate("enterprises");
  };
  const remove = async () => {
    if (!qualification) return;
    await api.delete(`/v1/enterprises/${enterpriseId}/qualifications/${qualification.id}`);
    await invalidate("enterprises");
    onClose();
  };

  return (
    <FormModal<QualValues>
      title={qualification ? t("enterprises.facts.editQualification") : t("enterprises.facts.addQualification")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="qualification-modal"
      initialValues={
        qualification
          ? {
              ...qualification,
              certificateNo: qualification.certificateNo ?? undefined,
              issuedOn: day(qualification.issuedOn),
              expiresOn: day(qualification.expiresOn),
              stockCode: qualification.stockCode ?? undefined,
              tier: qualification.tier ?? undefined,
              note: qualification.note ?? undefined,
            }
          : { kind: "hitech" }
      }
      footerExtra={
        qualification ? (
          <Popconfirm title={t("enterprises.facts.deleteQualificationConfirm")} onConfirm={remove}>
            <Button danger type="text">
              {t("common.delete")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Form.Item
        name="kind"
        label={t("enterprises.facts.qualificationKind")}
        rules={[rules.select("kind", t("enterprises.facts.qualificationKind"))]}
      >
        <Select options={el.qualificationOptions} disabled={Boolean(qualification)} data-testid="qualification-kind" />
      </Form.Item>
      <Row gutter={16}>
        {certified && (
          <Col xs={24}>
            <Form.Item
              name="certificateNo"
              label={el.field("certificateNo")}
              rules={kind === "hitech" ? [rules.required("certificateNo"), { max: 60 }] : [{ max: 60 }]}
            >
              <Input maxLength={60} className="mono" placeholder="GR2024410xxxxx" data-testid="qualification-cert" />
            </Form.Item>
          </Col>
        )}
        {listing && (
          <>
            <Col xs={24} sm={12}>
              <Form.Item
                name="board"
                label={el.field("board")}
                rules={kind === "listed" ? [rules.select("board")] : []}
              >
                <Select options={el.boardOptions} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="stockCode" label={el.field("stockCode")} rules={[{ max: 20 }]}>
                <Input maxLength={20} className="mono" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} sm={12}>
          <Form.Item
            name="issuedOn"
            label={listing ? t("enterprises.facts.listedOn") : el.field("issuedOn")}
            rules={kind === "hitech" ? [rules.select("issuedOn")] : []}
          >
            <DatePicker
              style={fullWidth}
              data-testid="qualification-issued"
              onChange={(d) => {
                // The certificate's three years follow the issue date unless the user set the expiry.
                if (d && form.getFieldValue("kind") === "hitech" && !form.isFieldTouched("expiresOn"))
                  form.setFieldValue("expiresOn", hitechExpiry(d));
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="expiresOn"
            label={el.field("expiresOn")}
            dependencies={["issuedOn"]}
            rules={[rules.after("issuedOn")]}
            extra={kind === "hitech" ? t("enterprises.facts.hitechValidity") : undefined}
          >
            <DatePicker style={fullWidth} data-testid="qualification-expires" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="tier" label={el.field("tier")} rules={[{ max: 20 }]}>
            <Input maxLength={20} placeholder={t("enterprises.facts.tierPlaceholder")} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="note" label={el.field("note")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- R&D platforms */

interface PlatformValues {
  kind: string;
  level: string;
  name: string;
  approvedOn?: Dayjs | null;
}

export function PlatformModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<PlatformValues>();
  const submit = async (v: PlatformValues) => {
    await api.post(`/v1/enterprises/${enterpriseId}/rd-platforms`, {
      kind: v.kind,
      level: v.level,
      name: v.name.trim(),
      approvedOn: iso(v.approvedOn),
    });
    await invalidate("enterprises");
  };
  return (
    <FormModal<PlatformValues>
      title={t("enterprises.facts.addPlatform")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      successText={t("common.created")}
      testId="platform-modal"
      initialValues={{ level: "municipal" }}
    >
      <Form.Item
        name="name"
        label={t("enterprises.facts.platformName")}
        rules={[rules.required("name", t("enterprises.facts.platformName")), { max: 100 }]}
      >
        <Input maxLength={100} data-testid="platform-name" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="kind"
            label={t("enterprises.facts.platformKind")}
            rules={[rules.select("kind", t("enterprises.facts.platformKind"))]}
          >
            <Select options={el.platformKindOptions} data-testid="platform-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="level"
            label={t("enterprises.facts.platformLevel")}
            rules={[rules.select("level", t("enterprises.facts.platformLevel"))]}
          >
            <Select options={el.platformLevelOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="approvedOn" label={t("enterprises.facts.approvedOn")}>
            <DatePicker style={fullWidth} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- innovation */

interface InnovationValues {
  inventionPatents: number;
  utilityPatents: number;
  designPatents: number;
  validInventionPatents: number;
  highLevelTalents: number;
  partners: string[];
  revenueWan?: string;
  revenueYear?: Dayjs | null;
}

const WAN = /^\d{1,10}(\.\d{1,6})?$/;

export function InnovationModal({ view, onClose }: { view: Enterprise360; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<InnovationValues>();
  const i = view.innovation;
  const submit = async (v: InnovationValues) => {
    const revenue = blank(v.revenueWan);
    await api.put(`/v1/enterprises/${view.enterprise.id}/profile`, {
      innovation: {
        inventionPatents: v.inventionPatents ?? 0,
        utilityPatents: v.utilityPatents ?? 0,
        designPatents: v.designPatents ?? 0,
        validInventionPatents: v.validInventionPatents ?? 0,
        highLevelTalents: v.highLevelTalents ?? 0,
        partners: (v.partners ?? []).map((p) => p.trim()).filter(Boolean),
        declaredRevenueYuan: revenue ? toYuan(revenue, "wan") : null,
        declaredRevenueYear: revenue && v.revenueYear ? v.revenueYear.year() : null,
      },
      version: i.version,
    });
    await invalidate("enterprises", "cultivation");
  };
  const count = (name: keyof InnovationValues, label: string) => (
    <Col xs={12} sm={8}>
      <Form.Item name={name} label={label}>
        <InputNumber min={0} max={1_000_000} precision={0} style={fullWidth} />
      </Form.Item>
    </Col>
  );
  return (
    <FormModal<InnovationValues>
      title={t("enterprises.facts.editInnovation")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      width={640}
      testId="innovation-modal"
      initialValues={{
        ...i,
        revenueWan: i.declaredRevenueYuan ? shiftDecimal(i.declaredRevenueYuan, 4, 6).replace(/\.?0+$/, "") : undefined,
        revenueYear: i.declaredRevenueYear ? dayjs(`${i.declaredRevenueYear}-01-01`) : dayjs().subtract(1, "year"),
      }}
    >
      <Row gutter={16}>
        {count("inventionPatents", t("enterprises.innovation.inventionPatents"))}
        {count("utilityPatents", t("enterprises.innovation.utilityPatents"))}
        {count("designPatents", t("enterprises.innovation.designPatents"))}
        {count("validInventionPatents", t("enterprises.innovation.validInventionPatents"))}
        {count("highLevelTalents", t("enterprises.innovation.highLevelTalents"))}
        <Col xs={24}>
          <Form.Item name="partners" label={t("enterprises.innovation.partners")}>
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[",", "，", "、"]}
              maxCount={50}
              placeholder={t("enterprises.innovation.partnersPlaceholder")}
            />
          </Form.Item>
        </Col>
        <Col xs={14} sm={12}>
          <Form.Item
            name="revenueWan"
            label={t("enterprises.innovation.declaredRevenue")}
            rules={[{ pattern: WAN, message: t("enterprises.moneyInvalid") }]}
            extra={t("enterprises.innovation.declaredRevenueHelp")}
          >
            <Input inputMode="decimal" suffix={t("moneyUnit.wan")} />
          </Form.Item>
        </Col>
        <Col xs={10} sm={12}>
          <Form.Item
            name="revenueYear"
            label={t("enterprises.innovation.revenueYear")}
            dependencies={["revenueWan"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, v?: Dayjs | null) => {
                  if (blank(getFieldValue("revenueWan")) && !v) throw new Error(rules.select("year").message);
                },
              }),
            ]}
          >
            <DatePicker picker="year" style={fullWidth} disabledDate={(d) => d.isAfter(dayjs(), "year")} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- party organisation */

interface PartyValues {
  form: string;
  members: number;
  secretary?: string;
  instructor?: string;
}

export function PartyModal({ view, onClose }: { view: Enterprise360; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<PartyValues>();
  const save = async (party: object | null) => {
    await api.put(`/v1/enterprises/${view.enterprise.id}/profile`, { party, version: view.innovation.version });
    await invalidate("enterprises");
  };
  const submit = (v: PartyValues) =>
    save({ form: v.form, members: v.members ?? 0, secretary: blank(v.secretary), instructor: blank(v.instructor) });
  return (
    <FormModal<PartyValues>
      title={view.party ? t("enterprises.party.edit") : t("enterprises.party.add")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="party-modal"
      initialValues={
        view.party
          ? {
              ...view.party,
              secretary: view.party.secretary ?? undefined,
              instructor: view.party.instructor ?? undefined,
            }
          : { form: "standalone", members: 3 }
      }
      footerExtra={
        view.party ? (
          <Popconfirm
            title={t("enterprises.party.removeConfirm")}
            onConfirm={async () => {
              await save(null);
              onClose();
            }}
          >
            <Button danger type="text">
              {t("enterprises.party.remove")}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="form"
            label={t("enterprises.party.form")}
            rules={[rules.select("form", t("enterprises.party.form"))]}
          >
            <Select options={el.partyFormOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="members" label={el.field("members")} rules={[rules.select("members")]}>
            <InputNumber min={0} max={100_000} precision={0} style={fullWidth} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="secretary" label={el.field("secretary")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="instructor" label={el.field("instructor")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- rung steps */

interface RungValues {
  rung: string;
  reachedOn: Dayjs;
}

export function RungStepModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const rules = useRules();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<RungValues>();
  const higher = RUNGS.slice(RUNGS.indexOf(enterprise.rung) + 1);
  const submit = async (v: RungValues) => {
    await api.post(`/v1/enterprises/${enterprise.id}/rung-steps`, { rung: v.rung, reachedOn: iso(v.reachedOn) });
    await invalidate("enterprises", "cultivation");
  };
  return (
    <FormModal<RungValues>
      title={t("enterprises.rungStep.title")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="rung-modal"
      initialValues={{ rung: higher[0], reachedOn: dayjs() }}
    >
      <p className="muted">{t("enterprises.rungStep.current", { rung: el.rung(enterprise.rung) })}</p>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="rung" label={t("enterprises.rungStep.to")} rules={[rules.select("rung")]}>
            <Select options={higher.map((r) => ({ value: r, label: el.rung(r) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="reachedOn"
            label={t("enterprises.rungStep.reachedOn")}
            rules={[rules.select("reachedOn", t("enterprises.rungStep.reachedOn"))]}
          >
            <DatePicker style={fullWidth} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/* ---------------------------------------------------------------- contacts */

interface ContactValues {
  contactName?: string;
  contactPhone?: string;
  address?: string;
}

/** What an enterprise's own account may change: contact person, phone, address. */
export function ContactsModal({ enterprise, onClose }: { enterprise: Enterprise; onClose: () => void }) {
  const { t } = useTranslation();
  const el = useEnterpriseLabels();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<ContactValues>();
  const submit = async (v: ContactValues) => {
    await api.patch(`/v1/enterprises/${enterprise.id}/contacts`, {
      contactName: blank(v.contactName),
      contactPhone: blank(v.contactPhone),
      address: blank(v.address),
      version: enterprise.version,
    });
    await invalidate("enterprises");
  };
  return (
    <FormModal<ContactValues>
      title={t("enterprises.contacts.title")}
      form={form}
      onClose={onClose}
      onSubmit={submit}
      testId="contacts-modal"
      initialValues={{
        contactName: enterprise.contactName ?? undefined,
        contactPhone: enterprise.contactPhone ?? undefined,
        address: enterprise.address ?? undefined,
      }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="contactName" label={el.field("contactName")} rules={[{ max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="contactPhone"
            label={el.field("contactPhone")}
            rules={[{ pattern: /^[\d\s()+-]{7,20}$/, message: t("enterprises.phoneInvalid") }]}
          >
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={el.field("address")} rules={[{ max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

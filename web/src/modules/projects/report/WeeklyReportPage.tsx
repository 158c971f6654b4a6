/**
 * 周报 on a phone: what a 项目秘书 fills in on site — the week, this week's progress, 形象进度 on a slider,
 * problems found and photos straight from the camera (up to 9; large ones are shrunk here before upload,
 * the server resizes again). One column, big targets, one big submit button.
 */
import { CameraOutlined, CloseOutlined, SendOutlined } from "@ant-design/icons";
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Result, Slider, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useCan, useMe } from "../../../app/auth";
import { QueryError } from "../../../ui/ErrorResult";
import { applyProblemToForm } from "../../../ui/formProblem";
import { Page } from "../../../ui/Page";
import { PageLoading } from "../../../ui/PageLoading";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useProjectLabels } from "../labels";
import { StageTag } from "../parts";
import { postForm, useInvalidate, useProject, useReports } from "../queries";
import type { WeeklyReport } from "../types";
import "../projects.css";
import "../i18n";

const MAX_PHOTOS = 9;
/** Photos above this size are redrawn at most LONG_EDGE pixels wide or high before upload. */
const SHRINK_ABOVE = 1_500_000;
const LONG_EDGE = 2560;

interface Values {
  weekOf: Dayjs;
  progress: string;
  imageProgressPct: number;
  problemsFound?: string;
}

interface Photo {
  key: string;
  file: File;
  url: string;
}

/** A camera photo of several MB, redrawn as a JPEG of at most 2560 px; anything that fails stays as it was. */
async function shrink(file: File): Promise<File> {
  if (file.size <= SHRINK_ABOVE || !/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], `${file.name.replace(/\.\w+$/, "")}.jpg`, { type: "image/jpeg" });
  } catch {
    return file;
  }
}

/** The Monday of a date's week: the server files a report under it. */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, "day");

export default function WeeklyReportPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const pl = useProjectLabels();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const project = useProject(id);
  const reports = useReports(id);
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const weekOf = Form.useWatch("weekOf", form) as Dayjs | undefined;
  const latest = reports.data?.[0];

  // The slider starts where the last report left the project.
  useEffect(() => {
    if (latest && !form.isFieldTouched("imageProgressPct"))
      form.setFieldValue("imageProgressPct", latest.imageProgressPct);
  }, [latest, form]);
  // Object URLs of the previews are released when the page goes.
  const urls = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const u of urls.current) URL.revokeObjectURL(u);
    },
    [],
  );

  if (project.isPending) return <PageLoading />;
  if (project.error || !project.data)
    return <QueryError error={project.error} onRetry={() => void project.refetch()} />;
  const p = project.data;
  const allowed = (can("projects:report") || can("projects:write")) && me.scope !== "region";
  if (!allowed)
    return (
      <Result
        status="403"
        title={t("projects.report.noPermission")}
        extra={<Button onClick={() => navigate(`/projects/${id}`)}>{t("projects.report.back")}</Button>}
      />
    );

  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const room = MAX_PHOTOS - photos.length;
    if (list.length > room) void message.warning(t("projects.report.tooMany", { n: MAX_PHOTOS }));
    setPreparing(true);
    const chosen = await Promise.all([...list].slice(0, Math.max(0, room)).map(shrink));
    setPreparing(false);
    const added = chosen.map((file, i) => {
      const url = URL.createObjectURL(file);
      urls.current.push(url);
      return { key: `${Date.now()}-${i}-${file.name}`, file, url };
    });
    setPhotos((prev) => [...prev, ...added].slice(0, MAX_PHOTOS));
    if (input.current) input.current.value = "";
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("weekOf", v.weekOf.format("YYYY-MM-DD"));
    body.set("progress", v.progress.trim());
    body.set("imageProgressPct", String(v.imageProgressPct));
    if (v.problemsFound?.trim()) body.set("problemsFound", v.problemsFound.trim());
    for (const photo of photos) body.append("photos", photo.file, photo.file.name);
    try {
      await postForm<WeeklyReport[]>(`/v1/projects/${p.id}/reports`, body);
      void message.success(t("projects.report.submitted"));
      await invalidate("projects");
      navigate(`/projects/${p.id}?tab=reports`);
    } catch (e) {
      setDetails(applyProblemToForm(form, e));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const monday = weekOf ? mondayOf(weekOf) : null;

  return (
    <Page title={t("projects.report.title")} crumb={t("projects.report.title")} testId="page-report">
      <Card size="small" className="prj-report-project">
        <Link to={`/projects/${p.id}`} className="prj-report-name">
          {p.name}
        </Link>
        <div>
          <StageTag project={p} /> <span className="muted small mono">{p.code}</span>
        </div>
        {latest && (
          <div className="muted small" style={{ marginTop: 4 }}>
            {t("projects.report.last", { date: pl.date(latest.weekOf), pct: latest.imageProgressPct })}
          </div>
        )}
      </Card>
      <Card className="prj-report-form-card">
        <ProblemAlert error={error} details={details} style={{ marginBottom: 16 }} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ weekOf: dayjs(), imageProgressPct: 0 }}
          requiredMark={false}
          className="prj-report-form"
          data-testid="report-form"
        >
          <Form.Item
            name="weekOf"
            label={t("projects.report.week")}
            extra={
              monday
                ? t("projects.report.weekHint", {
                    from: pl.date(monday.format("YYYY-MM-DD")),
                    to: pl.date(monday.add(6, "day").format("YYYY-MM-DD")),
                  })
                : undefined
            }
            rules={[{ required: true, message: t("common.selectRequired", { field: t("projects.report.week") }) }]}
          >
            <DatePicker
              size="large"
              style={{ width: "100%" }}
              allowClear={false}
              inputReadOnly
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
              data-testid="report-week"
            />
          </Form.Item>
          <Form.Item
            name="progress"
            label={t("projects.report.progress")}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t("common.required", { field: t("projects.report.progress") }),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 10 }}
              maxLength={2000}
              showCount
              placeholder={t("projects.report.progressPlaceholder")}
              data-testid="report-progress"
            />
          </Form.Item>
          <Form.Item label={t("projects.report.imageProgress")} required>
            <div className="prj-slider-row">
              <Form.Item name="imageProgressPct" noStyle>
                <Slider
                  min={0}
                  max={100}
                  step={5}
                  tooltip={{ formatter: (v) => `${v}%` }}
                  className="prj-slider"
                  aria-label={t("projects.report.imageProgress")}
                  data-testid="report-slider"
                />
              </Form.Item>
              <Form.Item name="imageProgressPct" noStyle>
                <InputNumber
                  min={0}
                  max={100}
                  precision={0}
                  suffix="%"
                  inputMode="numeric"
                  style={{ width: 96 }}
                  aria-label={t("projects.report.imageProgress")}
                  data-testid="report-pct"
                />
              </Form.Item>
            </div>
          </Form.Item>
          <Form.Item name="problemsFound" label={t("projects.report.problems")}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={2000}
              placeholder={t("projects.report.problemsPlaceholder")}
              data-testid="report-problems"
            />
          </Form.Item>
          <Form.Item
            label={t("projects.report.photos")}
            extra={t("projects.report.photosHint", { n: photos.length, max: MAX_PHOTOS })}
          >
            <div className="prj-photo-grid" data-testid="report-photos">
              {photos.map((ph) => (
                <div key={ph.key} className="prj-photo-tile">
                  <img src={ph.url} alt={ph.file.name} />
                  <button
                    type="button"
                    className="prj-photo-remove"
                    aria-label={t("projects.report.removePhoto")}
                    onClick={() => setPhotos((prev) => prev.filter((x) => x.key !== ph.key))}
                  >
                    <CloseOutlined />
                  </button>
                </div>
              ))}
              {photos.length < MAX_PHOTOS && (
                <label className="prj-photo-add" data-testid="report-photo-add">
                  <CameraOutlined />
                  <span>{preparing ? t("projects.report.preparing") : t("projects.report.takePhoto")}</span>
                  <input
                    ref={input}
                    type="file"
                    accept="image/*"
                    capture="environment"
                    multiple
                    onChange={(e) => void add(e.target.files)}
                    data-testid="report-photo-input"
                  />
                </label>
              )}
            </div>
          </Form.Item>
          <Space direction="vertical" style={{ width: "100%" }} size={8}>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              icon={<SendOutlined />}
              loading={busy}
              disabled={preparing}
              className="prj-submit"
              data-testid="report-submit"
            >
              {t("projects.report.submit")}
            </Button>
            <Button size="large" block type="text" onClick={() => navigate(`/projects/${p.id}`)}>
              {t("projects.report.back")}
            </Button>
          </Space>
        </Form>
      </Card>
    </Page>
  );
}

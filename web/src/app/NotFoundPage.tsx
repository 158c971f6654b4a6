import { NotFoundResult } from "../ui/ErrorResult";

export default function NotFoundPage() {
  return <NotFoundResult />;
}

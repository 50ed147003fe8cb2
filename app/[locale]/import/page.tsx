import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";

export const metadata: Metadata = { title: "Import" };

export default function ImportPage() {
  return (
    <>
      <h1>Import</h1>
      <p className="lede">
        Bring a dataset or a view back in. The file is checked whole, every citation against its lines; you see what would be added, changed and removed before
        anything is written, and then all of it is written or none of it.
      </p>
      <ImportForm />
    </>
  );
}

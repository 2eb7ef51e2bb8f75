// Where a reading came from, as the text of a history table's cell: "Typed", or "Collected · replaced typed 1,020"
// when it replaced a reading of another source (the second part on its own line, still one sentence when read out).
import type { ReadingSource } from "@/lib/models/readings";
import { readingSourceLabel } from "@/lib/format/reading-source";
import { NotRecorded } from "@/components/ui/not-recorded";
import { tdClass } from "@/components/ui/table";

export function SourceCell({ source, replaced }: { source: ReadingSource | null; replaced: string | null }) {
  const label = readingSourceLabel(source);
  return (
    <td className={tdClass}>
      {label === null ? <NotRecorded label="earlier reading, source not kept" /> : label}
      {replaced !== null && (
        <>
          {" "}
          <span className="block text-xs text-slate-700">· {replaced}</span>
        </>
      )}
    </td>
  );
}

/** A dash in a table cell, read out as words. */
export function NotRecorded({ label = "not recorded" }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

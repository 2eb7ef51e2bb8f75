// Estimated earnings: pure (no Next, no Prisma, no clock). docs/domain.md "Estimated earnings" is the spec.
export * from "./rates";
export * from "./estimate";
export * from "./format";
export * from "./what-if";
export * from "./what-if-input";

// Bumped whenever cleaning or classification changes what a stored article would look like,
// so stored records can be found and re-cleaned (`tinsach reprocess`).
export const PIPELINE_VERSION = '0.1.0';

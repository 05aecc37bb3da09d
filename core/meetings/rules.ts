/** The seed's rules for meetings, in one place. */

/** 原则上每次会议企业代表不少于10家 — for the dialogue meeting itself. */
export const MIN_ENTERPRISES = 10;

/** 座谈、联建、问计于企 and chamber contacts are recorded with whoever took part. */
export function minimumEnterprises(kind: string): number {
  return kind === 'dialogue' ? MIN_ENTERPRISES : 1;
}

export const MEETING_KINDS = ['dialogue', 'symposium', 'coBuilding', 'consultation', 'chamberContact'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Families in the native API's JSON. */
import { Type } from 'typebox';
import type { Family } from '../../../core/families/family.ts';

export const FamilyView = Type.Object({
  id: Type.String({ examples: ['fml_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  name: Type.String(),
  currency: Type.String({ examples: ['EUR'] }),
  created_at: Type.String({ format: 'date-time' }),
});

export const familyView = (family: Family) => ({
  id: family.id,
  name: family.name,
  currency: family.currency,
  created_at: family.createdAt,
});

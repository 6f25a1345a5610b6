/** Words that introduce a place name («قرية X», «بلدة X», «ريف X»): evidence that X is a place. */
import { normalizeKey } from '../text/index.js';

const PLACE_CUES = [
  'مدينة', 'مدينتي', 'مدن', 'بلدة', 'بلدتي', 'بلدات', 'قرية', 'قريتي', 'قرى', 'حي', 'احياء', 'أحياء', 'ريف',
  'منطقة', 'مناطق', 'ناحية', 'قضاء', 'محافظة', 'مديرية', 'مخيم', 'مخيمات', 'معبر', 'مطار', 'قاعدة', 'حقل',
  'جبل', 'سهل', 'وادي', 'بادية', 'محيط', 'أطراف', 'اطراف', 'مشارف', 'تخوم', 'شارع', 'دوار', 'جسر', 'سد',
  'مزرعة', 'مزارع', 'تلة', 'بلدتا', 'قريتا', 'مدينتا', 'محور', 'محاور', 'جبهة', 'جبهات', 'مديرية', 'مديريات', 'قضاء', 'أقضية',
].map(normalizeKey);

export const PLACE_CUE_WORDS: ReadonlySet<string> = new Set(PLACE_CUES);

/** Prepositions after which a country name is a place, not the state as an actor («في روسيا»). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(
  ['في', 'الى', 'إلى', 'داخل', 'قرب', 'نحو', 'باتجاه', 'اتجاه', 'عبر', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'أراضي', 'حدود'].map(normalizeKey),
);

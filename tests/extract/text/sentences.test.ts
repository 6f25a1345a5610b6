import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../../src/extract/text/index.js';
import type { Span } from '../../../src/domain/extraction.js';

const texts = (spans: Span[]): string[] => spans.map((span) => span.text);
const sentenceOf = (text: string): Span => ({ text, start: 0, end: text.length });

describe('splitSentences', () => {
  it('splits after a full stop, an exclamation mark and both question marks', () => {
    expect(texts(splitSentences('وصل الرتل. هل انسحب؟ نعم! ومتى? أمس.'))).toEqual([
      'وصل الرتل.', 'هل انسحب؟', 'نعم!', 'ومتى?', 'أمس.',
    ]);
  });

  it('ends a sentence at every line break, even without punctuation', () => {
    expect(texts(splitSentences('عنوان الخبر\r\n\r\nنص الخبر هنا\nسطر آخر'))).toEqual(['عنوان الخبر', 'نص الخبر هنا', 'سطر آخر']);
  });

  it('gives spans trimmed of surrounding whitespace and invisible marks, with original offsets', () => {
    const text = '  \u200Fقصف مدفعي.   ثم هدوء. ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { text: 'قصف مدفعي.', start: 3, end: 13 },
      { text: 'ثم هدوء.', start: 16, end: 24 },
    ]);
  });

  it('does not split at a decimal point, in ASCII or Arabic-Indic digits', () => {
    expect(texts(splitSentences('تقدمت القوات 2.5 كم و٣.٥ ميل. ثم توقفت.'))).toEqual([
      'تقدمت القوات 2.5 كم و٣.٥ ميل.', 'ثم توقفت.',
    ]);
  });

  it('does not split after a single Latin letter used as an abbreviation or initial', () => {
    expect(texts(splitSentences('قالت القوات U.S. إنها ردت. وأكد J. Smith ذلك.'))).toEqual([
      'قالت القوات U.S. إنها ردت.', 'وأكد J. Smith ذلك.',
    ]);
  });

  it('does not split at a dot inside a Latin word or web address', () => {
    expect(texts(splitSentences('نشر موقع sy24.net الخبر. وتابع.'))).toEqual(['نشر موقع sy24.net الخبر.', 'وتابع.']);
  });

  it('keeps a run of terminators and the closing quote after them in the sentence', () => {
    expect(texts(splitSentences('قال: «انسحبنا.» ثم صمت؟! وانتهى..."'))).toEqual([
      'قال: «انسحبنا.»', 'ثم صمت؟!', 'وانتهى..."',
    ]);
  });

  it('splits a headline at a double dot', () => {
    expect(texts(splitSentences('غارات على المدينة.. وتعزيزات نحو الريف'))).toEqual(['غارات على المدينة..', 'وتعزيزات نحو الريف']);
  });

  it('gives no spans for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t \u200F \n')).toEqual([]);
  });
});

describe('splitClauses', () => {
  it('splits at Arabic and Latin commas and semicolons and leaves the punctuation out', () => {
    expect(texts(splitClauses(sentenceOf('تقدم الرتل، ثم توقف; وعاد؛ وانتهى, أخيرا')))).toEqual([
      'تقدم الرتل', 'ثم توقف', 'وعاد', 'وانتهى', 'أخيرا',
    ]);
  });

  it('keeps offsets in the text the sentence came from', () => {
    const text = 'مقدمة. قصف الطيران البلدة، مما أدى لمقتل مدني.';
    const [, sentence] = splitSentences(text);
    const clauses = splitClauses(sentence ?? sentenceOf(''));
    expect(clauses).toEqual([
      { text: 'قصف الطيران البلدة', start: 7, end: 25 },
      { text: 'مما أدى لمقتل مدني.', start: 27, end: 46 },
    ]);
    for (const clause of clauses) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });

  it('never splits at a comma between digits', () => {
    expect(texts(splitClauses(sentenceOf('نزح 1,500 شخص، معظمهم نساء')))).toEqual(['نزح 1,500 شخص', 'معظمهم نساء']);
  });

  it('splits only before connectors when asked not to split at every comma', () => {
    const sentence = sentenceOf('هاجمت المجموعة، فجر السبت، نقطة للجيش، حيث دارت اشتباكات، ما أدى إلى مقتل اثنين؛ وفر المهاجمون');
    expect(texts(splitClauses(sentence, { splitAtEveryComma: false }))).toEqual([
      'هاجمت المجموعة، فجر السبت، نقطة للجيش',
      'حيث دارت اشتباكات',
      'ما أدى إلى مقتل اثنين',
      'وفر المهاجمون',
    ]);
  });

  it('recognises connectors written with harakat or hamza variants', () => {
    const sentence = sentenceOf('أغلقت الطريق، مِمَّا منع المرور، وذلكَ بعد الهجوم، ما ادى لازدحام');
    expect(texts(splitClauses(sentence, { splitAtEveryComma: false }))).toEqual([
      'أغلقت الطريق', 'مِمَّا منع المرور', 'وذلكَ بعد الهجوم', 'ما ادى لازدحام',
    ]);
  });

  it('returns a sentence without clause punctuation as one clause', () => {
    expect(splitClauses({ text: 'انفجرت عبوة ناسفة', start: 10, end: 27 })).toEqual([
      { text: 'انفجرت عبوة ناسفة', start: 10, end: 27 },
    ]);
  });
});

/**
 * What a Vietnamese syllable is made of, for telling a right reading of
 * legacy bytes from a wrong one: initial consonants, rhymes (toneless,
 * with their vowel shapes) and the most frequent syllables of
 * administrative text. Data only; ./score.ts uses it.
 */

/** Initial consonants, "" for none. */
export const ONSETS: readonly string[] = Object.freeze(
  ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"],
);

/** Rhymes without tone marks. A few with final k are Central Highlands place names (Đắk Lắk). */
export const RHYMES: ReadonlySet<string> = new Set(
  (
    "a ac ach ai am an ang anh ao ap at au ay ak " +
    "ăc ăm ăn ăng ăp ăt ăk " +
    "âc âm ân âng âp ât âu ây " +
    "e ec em en eng eo ep et ek " +
    "ê êch êm ên ênh êp êt êu êk " +
    "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu " +
    "o oc om on ong oi op ot ok oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet oong ooc " +
    "ô ôc ôi ôm ôn ông ôp ôt ôk " +
    "ơ ơi ơm ơn ơp ơt ơk " +
    "u uc ui um un ung up ut uk ua uân uâng uât uây uê uêch uênh uy uych uya uyên uyêt uynh uyt uyu uơ uôc uôi uôm uôn uông uôt " +
    "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu " +
    "y yêm yên yêt yêu"
  ).split(" "),
);

/** Finals after which only the sắc and nặng tones occur. */
export const STOP_FINAL = /(?:c|ch|p|t|k)$/u;

/** Frequent syllables of administrative Vietnamese, lowercase. */
export const FREQUENT: ReadonlySet<string> = new Set(
  (
    "của và các được ngày tháng năm có không cho với những này là người một trong để theo về tỉnh huyện xã số " +
    "thực hiện công hội nghĩa việt đảng cộng sản ủy ban nhân dân tác phòng chống dịch đã đến tại trên kết luận " +
    "thông báo quyết định chỉ thị kế hoạch sở tế giao chủ trì phối hợp đồng chí nơi nhận lưu độc lập tự hạnh phúc " +
    "vụ tổ chức đơn vị quản lý tình hình phát triển kinh đầu tư xây dựng cơ quan bộ trưởng thường vụ ý kiến " +
    "chào bạn thủ tướng chính phủ văn bản năm sau trước cần tăng cường đề nghị"
  ).split(" "),
);

"""Component ``exclusions``: the candidates that are not values (ANNOTATION.md, "No record for").

Dates and years, document numbers and symbols, the document's own numbering
("09 mục tiêu"), population qualifiers ("doanh nghiệp có từ 40 công nhân trở lên"),
event logistics and page furniture, telephone numbers, numbers inside names
and slogans, durations and ages. The words live in ``exclusions.yaml``.
"""
from __future__ import annotations

import math

import regex

from pipeline.extract.base import Context, Quantity
from pipeline.extract.exclusion_words import exclusion_patterns
from pipeline.extract.page_footer import footer_start
from pipeline.values import parse_number

# shapes of numbers that are not values, compiled once
_RX_SLASH_AFTER = regex.compile(r"\s*/\s*(?:\d|\p{Lu})")  # "22/7/2022", "34/2007/PL"
# "29-NQ", "29NQ" (not "3 HTX", "5 CLB": a count of units written as an abbreviation)
_RX_SYMBOL_AFTER = regex.compile(r"(?:\s*[-–]\s*)?\p{Lu}{2,}")
_RX_GLUED_CODE = regex.compile(r"\p{L}+\d+\p{L}")  # "7423d0ac": a file's or an item's code (not "6.071km2")
_RX_ORDINAL_AFTER = regex.compile(r"(?:st|nd|rd|th)(?![\p{L}])")  # "May 21st, 2022"
# "Ngày 28 và 29-5", "(từ 29 - 31/12/2022)": the first day of a list or span of dates
_RX_DAY_BEFORE_DATE = regex.compile(r"\s*(?:,|và|-|–|đến)\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)")
_RX_DIGIT_ANY = regex.compile(r"\d")
_RX_YIELD_AFTER = regex.compile(r"[^,;.]*?\d")  # a figure follows in the same phrase
_RX_CAPITAL = regex.compile(r"\p{Lu}")  # "5G", "3D"
_RX_SLASH_WORD_AFTER = regex.compile(r"\s*/\s*\p{L}")  # "39/2022/NĐ-CP", "43/2015/TTLT"
_RX_LETTER_CODE = regex.compile(r"\p{Ll}(?![\p{L}\p{N}])")  # "2b"
_RX_LETTER_DASH = regex.compile(r"\p{L}-$")  # "COVID-19" (not "trẻ em- 100% xã": a dash typed as a list's)
_RX_DIGIT_JOINED = regex.compile(r"\d[-/]$")
_RX_PHONE = regex.compile(r"\s*(\(?0\d[\d. -]{0,3}\)?[\d. -]{5,12}\d)")  # "0214.3840.123", "(028) 3930.3279"
_RX_CLOCK_AFTER = regex.compile(r"[:hg]\d{2}(?!\d)")  # "15:20", "8h30"
_RX_CLOCK_BEFORE = regex.compile(r"\d[:hg]$")
_RX_TEMPERATURE = regex.compile(r"\s*(?:°\s*C|độ\s+C|C)(?![\p{L}\p{N}])")  # "27 C", "35°C": a page's weather
_RX_NUMBERS_LINE = regex.compile(r"[\s\d]+")  # a line of page numbers
# a dateline with the page's counters after its time: "Thứ sáu - 11/08/2025 15:00 465 0"
_RX_DATELINE_COUNTS = regex.compile(r"[\p{L}\s,-]{0,20}\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?[\s\d|]*")
_RX_ONE_DIGIT = regex.compile(r"[1-9]")
_RX_ISO_DATE = regex.compile(r"(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?(?!\d)")  # "2021-08", "2025-08-07"
# "30-7", "27.7", "9/7", "16-10-2023": a day and month, then no word (a count names what it counts)
_RX_DAY_MONTH = regex.compile(r"(\d{1,2})([-./])(\d{1,2})(?:\2(?:19|20)\d{2})?(?!\d)(?=\s*(?:[^\p{L}\s]|$))")
# ... followed by words when a word of dates stands right before it: "chiều qua 3.10 tại Hà Nội"
_RX_DAY_MONTH_TOLD = regex.compile(r"(\d{1,2})([-./])(\d{1,2})(?:\2(?:19|20)\d{2})?(?!\d)")
_DATE_WORD_GAP = 12  # "chiều qua 3.10": the word of dates and its date
_TAIL_CHARS = 30  # "... có ít nhất ": the verb and bound right before a qualifying count
_RX_FOOTNOTE = regex.compile(r"\S\(")
_RX_SECTION_NUMBER = regex.compile(r"\d{1,2}(?:\.\d{1,2})+")  # "1.1", "2.3.1": no decimal ("1,5") nor thousands ("1.500")
_RX_LABEL_END = regex.compile(r"\s*(?:[.:)]|$)", regex.M)  # "Mục tiêu 1." ends the label  # "quốc tế(1)": a footnote mark sticks to the word
_RX_DATE_SPAN_END = regex.compile(r"\s*[-–]\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d")
_RX_TIMES = regex.compile(r"[x×]\d")
_RX_PHRASE = regex.compile(r"[^.;:,()\d]{0,45}")  # the rest of a count's phrase, up to its punctuation
_ACHIEVED_REACH = 20  # "đạt 18 chỉ tiêu": the achievement verb stands close to the count
_NAMED_DAY_REACH = 60  # "Ngày Thầy thuốc Việt Nam 27/2": the day's name before its date
_RX_WORD_AFTER = regex.compile(r"\s*\p{L}")
_DATE_REACH = 25  # "chiều nay 9/7", "Ngày 29 và 30-7": a date word this close before a day/month
_LABEL_REACH = 80  # page-furniture labels ("Lượt truy cập:") are shorter than this
_GATHERING_REACH = 200  # the gathering named earlier in the sentence, before its size
_COMMITTEE_REACH = 90  # "Ban Chấp hành Hội ... khóa VIII, nhiệm kỳ 2024 - 2029, gồm 19 đồng chí"
_RX_CSS_PROPERTY = regex.compile(r"(?<![A-Za-z])[a-z]+(?:-[a-z]+)*:")  # "line-height:", "text-align:"
_QUOTE_REACH = 160  # a quoted name around a number: a document's name runs long ("Đề án \"Nâng cao chất lượng 500 nghìn ha rừng trồng ... đến năm 2030\"")


def _is_year(x: float, raw: str) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= x <= 2100


def _column_header(ctx: Context, q: Quantity, P: dict) -> bool:
    """Is the value's column headed by a score or a row number ("Điểm", "Thang điểm", "STT")?"""
    cells, i = q.table_row
    start, _ = ctx.line(q.start)
    header = None
    while start > 0:  # up to the first row of the table
        prev = ctx.line(start - 1)
        if ctx.low.count(" | ", *prev) < 2:
            break
        header, start = prev, prev[0]
    if header is None:
        return False
    heads = ctx.low[header[0]:header[1]].split(" | ")
    return len(heads) == len(cells) and bool(P["score_column"].fullmatch(heads[i]))


def _written_date(ctx: Context, q: Quantity, P: dict) -> bool:
    """"2021-08", "Ngày 29 và 30-7", "chiều nay 9/7", "16-10-2023": a date written without its words."""
    text, m = ctx.norm.text, q.match
    if m.group("u") or m.group("ua") or m.group("ud"):
        return False
    if _RX_ISO_DATE.match(text, q.start):
        return True
    d = _RX_DAY_MONTH.match(text, q.start)
    if d is None:  # (the anchored match first: most figures are no dates)
        d = _RX_DAY_MONTH_TOLD.match(text, q.start)
        d = d if d and P["date_near"].search(ctx.low, max(0, q.start - _DATE_WORD_GAP), q.start) else None
    if not d or not (1 <= int(d.group(1)) <= 31 and 1 <= int(d.group(3)) <= 12):
        return False
    near = P["date_near"].search(ctx.low, max(0, q.start - _DATE_REACH), q.start)
    # (a day named before it and nothing counted after: "Ngày Thầy thuốc Việt Nam 27/2.")
    named = P["named_day"].search(ctx.low, max(0, q.start - _NAMED_DAY_REACH), q.start) \
        and not _RX_WORD_AFTER.match(ctx.low, d.end())
    # (the first day of a span of dates: "từ 01/6 - 31/8/2022")
    span = _RX_DATE_SPAN_END.match(text, d.end())
    return d.group(2) != "/" or bool(near) or bool(named) or d.end() - d.start() > 6 or bool(span)


def _is_round_population(a: float) -> bool:
    """1.000, 10.000, 100.000: the sizes a rate per population is given for."""
    return a >= 1000 and a == 10 ** round(math.log10(a))


def _markup(text: str, s: int, e: int) -> bool:
    """The number stands in a run of page markup left in the text
    ("2pt;text-indent:1cm;line-height:115%\">"): a CSS property and a semicolon."""
    a, b = s, e
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    run = text[a:b]
    return ";" in run and bool(_RX_CSS_PROPERTY.search(run))


def _picture_number(ctx: Context, s: int, e: int) -> bool:
    """Whether the number ends a line that repeats another line of the text followed by " - N"."""
    line_start, line_end = ctx.line(s)
    if ctx.low[e:line_end].strip() or not _RX_PICTURE_DASH.search(ctx.low, line_start, s):
        return False
    caption = ctx.low[line_start:s].rstrip(" -–").strip()
    return len(caption) >= _CAPTION_CHARS and ctx.low.count(caption) > 1


_RX_PICTURE_DASH = regex.compile(r"\S\s+[-–]\s+$")
_CAPTION_CHARS = 20  # a repeated headline, not a short label


def excluded(ctx: Context, q: Quantity) -> bool:
    """True when the number is a date, a document number, numbering, a
    population qualifier, logistics, furniture or part of a name."""
    P = exclusion_patterns()
    text, low = ctx.norm.text, ctx.low
    m, unit, s, e, clause = q.match, q.unit, q.start, q.end, q.clause
    a = parse_number(m.group("a"))
    before = low[max(clause.start, s - 60):s]
    after = low[e:min(len(low), e + 40)]
    raw_after = text[e:min(len(text), e + 12)]
    raw_a = m.group("a")
    bare = unit == "count" and not m.group("u") and not m.group("ua")
    if _markup(text, s, e):
        return True
    if bare and _RX_TIMES.match(low, e) or (s >= 2 and low[s - 1] in "x×" and low[s - 2].isdigit()):
        return True  # "bóng chuyền bãi biển 2x2", "4x100m": a format's name
    if bare and s > 0 and text[s - 1] == "%" and len(raw_a) <= 2:  # "dưới 24%1": a footnote mark
        return True
    # part of a date or a symbol: "22/7/2022", "34/2007/PL", "29-NQ/TU", "COVID-19"
    # (a capital after the slash of a share or a sum is a rate in a capitalised headline,
    # "10%/NĂM", not a symbol)
    slash = _RX_SLASH_AFTER.match(raw_after)
    # (not a length of time: "96,5 tỷ đồng/5 năm")
    if slash and m.group("d") is None and (bare or slash.group().rstrip()[-1].isdigit()) \
            and not P["per_time_after"].match(raw_after):
        return True
    if m.group("d") is not None and _RX_SLASH_WORD_AFTER.match(raw_after):  # "39/2022/NĐ-CP"
        return True
    if bare and _RX_LETTER_CODE.match(raw_after):  # "(2b)": a code, not a count
        return True
    if bare and (_RX_GLUED_CODE.match(raw_after) or _RX_ORDINAL_AFTER.match(raw_after)
                 or P["file_after"].match(low, e)):  # "1.jpg": a file's name
        return True
    if bare and a <= 31 and _RX_DAY_BEFORE_DATE.match(text, e) and \
            P["date_near"].search(low, max(0, s - _DATE_REACH), s):
        return True
    # "Đây là 1 trong 2 đơn vị": a rank among others, not a value
    if bare and (P["one_of"].match(low, e) or P["one_of_before"].search(low, max(0, s - 15), s)):
        return True
    if _RX_SYMBOL_AFTER.match(raw_after) and bare:
        return True
    if _RX_CAPITAL.match(raw_after) and bare:  # a code or name: "5G", "3D"
        return True
    if _RX_LETTER_DASH.search(text, max(0, s - 3), s):
        return True
    if bare and _RX_DIGIT_JOINED.search(text, max(0, s - 2), s):  # "và12-7": the month of a glued date
        return True
    line_start = ctx.line(s)[0]
    # a picture's number after the headline it repeats: "Thủ tướng phê duyệt quy hoạch ... tại 7 huyện - 1"
    if bare and _picture_number(ctx, s, e):
        return True
    # a footnote mark in square brackets: "hành động[1]", "[2] Toàn bộ ..."
    if bare and text[s - 1:s] == "[" and text[e:e + 1] == "]":
        return True
    # a standard's or product's name with its number: "Euro 5", "Covid 19"
    if bare and m.group("b") is None and m.group("d") is None and P["standard_before"].search(before):
        return True
    # ("tháng 3, 4 và 5": one more month; not a figure with its unit: "Trong tháng 3, 95% hộ ...")
    if bare and (P["listed_after"].search(before) or P["doc_listed_after"].search(before)):
        return True
    # where the copies of a decision are kept: "- Lưu: VT, KTTH (2)"
    if P["copies_line"].match(low, line_start, s):
        return True
    # telephone numbers: after a label, or shaped like one (0 and 9+ digits)
    if P["phone_before"].search(low, max(0, s - 40), s):  # "Điện thoại:** | (028) 3930 3279", a cell per line
        return True
    run_start = s
    while run_start > 0 and (text[run_start - 1].isdigit() or text[run_start - 1] in ". -()"):
        run_start -= 1
    phone = _RX_PHONE.match(text[run_start:min(len(text), run_start + 24)])
    if phone and sum(c.isdigit() for c in phone.group(1)) >= 9 and run_start + phone.end() >= e:
        return True
    # years and spans of years
    if bare and _is_year(a, raw_a) and (m.group("b") is None or _is_year(parse_number(m.group("b")), m.group("b"))):
        return True
    if bare and len(raw_a.replace(".", "")) >= 4 and P["year_before"].search(before):
        return True
    if m.group("d") is not None and P["date_before"].search(before):
        return True
    if _written_date(ctx, q, P):
        return True
    if P["timezone_before"].search(before):  # "(GMT+7)"
        return True
    # a footnote mark: "... quốc tế(1), ..."
    if bare and s >= 2 and _RX_FOOTNOTE.match(text, s - 2, s) and text[e:e + 1] == ")" and a < 100:
        return True
    if P["date_before"].search(before) and bare:
        return True
    # the document's own numbering: "Mục tiêu 1.", "Chỉ tiêu 2: ..."
    # (a section number "1.1" names one wherever it stands: "(Mục tiêu 2.3 và Mục tiêu 2.4 của Chiến lược)")
    if bare and P["numbered_label"].search(before) and (_RX_LABEL_END.match(text, e) or _RX_SECTION_NUMBER.fullmatch(raw_a)):
        return True
    # a column of points or numbers of a scoring table: "STT | Tiêu chí | Điểm"
    if q.table_row is not None and _column_header(ctx, q, P):
        return True
    # document numbers: "Nghị quyết số 29", "Đề án 15", "khóa 11"
    if bare and P["doc_before"].search(before) and not P["total_before"].search(before) and not P["rank_before"].search(before) \
            and not (P["rank_group_before"].search(before) and P["rank_leaders_after"].match(low, e)):
        return True
    if bare and _RX_TEMPERATURE.match(text, e):
        return True
    # time of day: "15:20", "8h30"
    if _RX_CLOCK_AFTER.match(low, e, e + 3) or _RX_CLOCK_BEFORE.search(low, max(0, s - 2), s):
        return True
    # page furniture: "Lượt xem: 4863", a line of page numbers, a cell "| Lượt xem: 1.284"
    line_start, line_end = ctx.line(s)
    cell_start = max(line_start, low.rfind("|", line_start, s) + 1)
    # (or a line of labels run together: "Tác giả: B .Ngày đăng: 14/03/2031 .Lượt xem: 352 lượt")
    label_start = max(cell_start, low.rfind(".", line_start, s) + 1)
    # a label stands right before the number: look only where one fits
    if any(s - a <= _LABEL_REACH and P["furniture"].match(low[a:s]) for a in (line_start, cell_start, label_start)):
        return True
    # "giảm từ 13,4% xuống còn 5,1%": the level the change starts from
    to = P["baseline_from"].search(before) and P["baseline_to"].match(low, e, clause.end)
    if to and not P["bound_after"].search(low, e, to.end()):  # "từ 8 ... trở lên và 85%" is a bound
        return True
    # the starting level restated in brackets: "giảm từ 6,6%/năm (0,55%/tháng) xuống 6,24%/năm"
    if P["baseline_aside"].search(before):
        close = low.find(")", e, clause.end)
        if close >= 0 and P["baseline_to"].match(low, close + 1, clause.end):
            return True
    # "số giường bệnh trên 1 vạn dân", "số bác sĩ trên 10.000 dân": the population a rate is counted per
    if P["per_population_after"].match(low, m.end("a"), e + 30) and P["per_population_before"].search(before[-8:]):
        return True
    # "giá trị thu trên 1 ha canh tác đạt 200 triệu đồng": the unit of land a yield is counted per
    # (not "trồng mới trên 1 ha": more than one hectare, with no yield after it)
    if a == 1 and P["per_land_after"].match(low, m.end("a"), e + 12) and P["per_population_before"].search(before[-8:]) \
            and _RX_YIELD_AFTER.match(low, e, clause.end):
        return True
    if bare and _is_round_population(a) and P["per_population_before"].search(before[-8:]) \
            and P["population_after"].match(after):
        return True
    if before.rstrip().endswith("/") and P["population_after"].match(after):  # "bác sĩ/ 10.000 dân"
        return True
    # a person's age: "ông Lê Văn A, 67 tuổi", "đại biểu cao tuổi nhất đã 94 tuổi"
    if P["age_word"].match(after) and (P["person_age"].search(before) or P["age_span_before"].search(before)):
        return True
    if unit != "percent" and P["age_span_before"].search(before):  # "trong độ tuổi từ 16 đến 30" (not "... 3-4 tuổi 65%")
        return True
    # awards handed out at the event: "tặng Bằng khen cho 46 tập thể", "2 tập thể và 6 cá nhân
    # được khen thưởng" (a quota "ít nhất 1 tập thể" stays)
    if P["recipient_after"].match(after) and (P["award"].search(low, clause.start, s)
                                              or P["award"].search(low, e, min(clause.end, e + 60))) \
            and not P["bound_in"].search(low, clause.start, s):
        return True
    # a vote: "bằng 96,8% tổng số đại biểu" tán thành; "tán thành (chiếm tỷ lệ 93,1%)"
    if P["vote_share_after"].match(after) and P["vote"].search(low, clause.start, clause.end):
        return True
    if unit == "percent" and P["vote_share_before"].search(low, max(0, s - 40), s):
        return True
    # the size of a committee: "Ban Chấp hành ... khóa VIII, nhiệm kỳ 2024 - 2029, gồm 19 đồng chí"
    if P["elected_after"].match(after) and P["composition_before"].search(before) \
            and P["committee"].search(low, max(0, s - _COMMITTEE_REACH), s):
        return True
    # who attended: "Đại hội có 37/40 đảng viên về dự", "100% đại biểu có mặt"
    if P["attendance"].search(low, e, min(len(low), e + 40)) and P["logistics_people"].match(after):
        return True
    # the size of a gathering: "tổ chức hội nghị ... với hơn 1.300 đảng viên tham gia"
    if P["with_before"].search(before) and P["logistics_people"].match(after) \
            and P["gathering"].search(low, max(clause.start, s - _GATHERING_REACH), s):
        return True
    # a rating that qualifies what is counted: "OCOP từ 3 sao trở lên"
    if bare and P["rating_after"].match(after):
        return True
    # a day in a span of dates: "từ ngày 15 đến 17/7"
    if m.group("d") is not None and "ngày" in low[max(0, s - 20):s] and a <= 31 and parse_number(m.group("d")) <= 12:
        return True
    # how many documents were adopted: "Kỳ họp đã thông qua 15 nghị quyết"
    if bare and P["document_after"].match(after) and P["adoption_before"].search(before):
        return True
    # members a congress's delegates stand for; who was elected
    if P["represented"].search(before):
        return True
    # (the list of the elected goes on over ";": "đã bầu 11 đồng chí vào Ban Thường vụ; 2 đồng chí Phó Bí thư")
    listed = not low[clause.start:s].strip() and q.block.sentences and P["elected_listed_after"].match(after)
    if P["elected_after"].match(after) and P["election"].search(
            low, q.block.sentences[q.sentence_index].start if listed else clause.start, s):
        return True
    if _RX_NUMBERS_LINE.fullmatch(low, line_start, line_end) or _RX_DATELINE_COUNTS.fullmatch(low, line_start, line_end):
        return True
    if bare or unit == "count" and m.group("u") is None:
        # "09 mục tiêu", "06 nhiệm vụ" — unless achieved ("đạt 18 chỉ tiêu")
        if m.group("d") is None and P["structure_after"].match(after):
            # "đạt 18 chỉ tiêu", "còn 03 chỉ tiêu đạt thấp": counted as achieved, not the document's own
            # (or its phrase says they were met: "Cả 21 chỉ tiêu của nhiệm kỳ đều hoàn thành")
            # (not the parts' purpose: "2 khâu đột phá nhằm hoàn thành các mục tiêu")
            purpose = P["purpose"].search(after)
            told = after[:purpose.start()] if purpose else after
            # (the verb of another figure before is not theirs: "... đạt trên 3%) và 9 mục tiêu ...")
            own_before = regex.split(r"[\d)%;]", before[-_ACHIEVED_REACH:])[-1]
            if not P["achievement"].search(own_before + " | " + told[:_ACHIEVED_REACH + 10]) \
                    and not P["achievement"].search(_RX_PHRASE.match(told).group(0)):
                return True
        if P["logistics_after"].match(after):
            return True
        # "Sơ kết 2 cuộc vận động": what the review covers; "MTTQ 2 cấp": the tiers of an organization
        if P["review_before"].search(before) or P["tiers_after"].match(after):
            return True
        # (a length of time reached is a value: "tuổi thọ khỏe mạnh đạt tối thiểu 67 năm")
        if (P["duration_after"].match(after) and not P["not_duration"].match(after)
                or P["duration_list_after"].match(after)) and not P["reached_before"].search(before):
            return True
        qual = P["qualifier_before"].search(before) if m.group("d") is None else None
        # "có 6 chi hội với 1.415 hội viên": a second count of the same stock, not a qualifier
        if qual and not (qual.group(1) in P["joining_qualifiers"] and _RX_DIGIT_ANY.search(before[-25:qual.start(1)])):
            return True
        head = P["qualified_head"].search(before) if m.group("d") is None and m.group("b") is None else None
        if head and (head.group("head") not in P["verb_heads"]
                     or P["determiner_before"].search(before, 0, head.start("head"))):
            return True
        if m.group("d") is None and _RX_ONE_DIGIT.fullmatch(raw_a) and P["name_after"].match(after):
            return True
        # "tổ 5", "thôn 3": the number names the unit (not "mỗi thôn 01 mô hình")
        named = P["name_noun_before"].search(before)
        # ("các phường 7, 8, 9": a list of names, where "các thôn 01 mô hình" counts)
        if m.group("d") is None and m.group("b") is None and named \
                and (not named.group(1) or P["list_goes_on"].match(low, e)):
            return True
    if P["bracket_bound_before"].search(before) and P["bracket_closed_figure"].match(low, e, clause.end):
        return True
    if unit != "percent" and (P["bracket_sign_before"].search(before) and P["bracket_measure_closes"].match(low, e)
                              or P["bracket_index_before"].search(before) and P["bracket_closes"].match(low, e)):
        return True  # "công trình lớn (>10.000 m2)", "(VN_AQI ≥ 301)": which units or days are meant
    # the parts of a standard the units counted before meet: "72 xã đạt 19 tiêu chí"
    if unit == "count" and P["met_standard_after"].match(after) and P["met_standard_before"].search(before):
        return True
    # what each unit a share counts must have: "100% chi hội có ít nhất 1 mô hình tiết kiệm"
    if unit == "count" and m.group("d") is None and (P["share_qualifier_before"].search(before) or q.is_range
                                                     and P["share_range_before"].search(before) or (
            P["qualifier_tail_before"].search(before[-_TAIL_CHARS:]) and P["share_after"].match(low, e, clause.end))):
        return True
    # ages that qualify a population: "từ 18 tuổi trở lên"
    if unit == "count" and P["age_after"].match(after) and (P["age_before"].search(before) or m.group("b")):
        return True
    if unit == "count" and m.group("b") is None and P["age_span_after"].match(after):
        return True
    # inside quotation marks: numbers in a name ("5 xung kích"), not a share quoted as the aim ('mục tiêu "40% xã đặc biệt khó khăn thoát khó"')
    # (quotes are counted from the paragraph's start: a quoted motto may hold clause breaks,
    # "phương châm “Kỷ cương; chủ động”, với tinh thần “3 quyết tâm”")
    q_after = text[e:min(clause.end, e + _QUOTE_REACH)]
    if unit != "percent" and '"' in q_after and text.count('"', q.block.start, s) % 2 == 1 \
            and '"' in text[max(q.block.start, s - _QUOTE_REACH):s]:
        return True
    # the age of a person named, in brackets: "Chị Lò Thị B (42 tuổi, dân tộc Thái)"
    if bare and text[max(0, s - 2):s].strip() == "(" and P["age_after"].match(after):
        return True
    # a year the excerpt is cut in: "... thống nhất chủ đề nhiệm kỳ 20"
    if bare and not text[e:].strip() and P["year_word_before"].search(before):
        return True
    return False


def drop_exclusions(ctx: Context) -> None:
    """Keep the candidates that are values; index them by block and clause.

    >>> from pipeline.extract import run
    >>> [q.value for q in run("Nghị quyết số 29 đặt chỉ tiêu 90%.", until="exclusions").quantities]
    [90.0]
    """
    end = footer_start(ctx.low)  # (a saved page's footer holds the site's numbers, not the document's)
    ctx.index([q for q in ctx.candidates if q.start < end and not (_spelled_excluded(ctx, q) if q.match is None else excluded(ctx, q))])


def _spelled_excluded(ctx: Context, q: Quantity) -> bool:
    """A number written as a word is held to what each unit a share counts must have, as a
    digit is: "90% hộ cận nghèo có ít nhất một người có bảo hiểm y tế"."""
    if q.unit != "count":
        return False
    before = ctx.low[max(q.clause.start, q.start - 60):q.start]
    return bool(exclusion_patterns()["share_qualifier_before"].search(before))

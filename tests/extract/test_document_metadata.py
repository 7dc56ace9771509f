"""The document context reads the metadata once: the records' body and time of
writing and the Document's metadata fields come from the same reading."""
import logging

import pytest

from pipeline.extract import document as document_stage
from pipeline.extract import extract_with_metadata, run
from pipeline.metadata import fill
from pipeline.read import document_from_text

PLANS = {
    "peasants' union plan": ("BAN CHẤP HÀNH HỘI NÔNG DÂN THỊ XÃ BÌNH MINH\n*\nSố 12-KH/HND\n"
                             "Bình Minh, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\nCông tác Hội năm 2025\n"
                             "- Phấn đấu kết nạp 300 hội viên mới."),
    "provincial people's committee": ("ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 45/KH-UBND\n"
                                      "Kon Tum, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nChuyển đổi số năm 2024\n"
                                      "1. 100% xã có điểm truy cập Internet công cộng."),
    "news of a resolution": ("HĐND tỉnh Hậu Giang thông qua Nghị quyết về nhiệm vụ năm 2025\n\n"
                             "Ngày 8/12/2024, HĐND tỉnh Hậu Giang khóa X tổ chức kỳ họp thứ 14. Kỳ họp thông qua "
                             "Nghị quyết với chỉ tiêu GRDP tăng 7,5%."),
}


@pytest.mark.parametrize("text", PLANS.values(), ids=PLANS.keys())
def test_the_documents_metadata_is_the_contexts_reading(text):
    doc = document_from_text(text, "kh")
    filled, _ = extract_with_metadata(doc)
    assert filled == fill(doc)
    assert run(doc, until="document").document.metadata.issuer == filled.issuer


@pytest.mark.parametrize("text,code,year", [
    (PLANS["peasants' union plan"], "HND", 2025),
    (PLANS["provincial people's committee"], "GOV", 2024),
    (PLANS["news of a resolution"], "GOV", 2024),
], ids=["header of a mass organization", "header of a government", "news report's body"])
def test_the_metadata_issuer_and_date_are_the_body_and_time_of_writing(text, code, year):
    doc, targets = extract_with_metadata(document_from_text(text, "kh"))
    dc = run(text, until="document").document
    assert dc.body == [code] and dc.body_source == "issuer"
    assert dc.written_year == year == doc.issued_on.year
    assert {t.org for t in targets} == {code}


def test_the_issuer_span_is_found_in_the_normalized_text():
    # "Uỷ" is written with the old tone placement: the normalized text moves the mark
    text = "UỶ BAN NHÂN DÂN HUYỆN BA TƠ\nKẾ HOẠCH\nGiảm nghèo năm 2025\n- Giảm 2% hộ nghèo."
    ctx = run(text, until="document")
    s, e = ctx.norm.to_normalized(*ctx.document.metadata.issuer_span)
    assert ctx.low[s:e] == "ủy ban nhân dân huyện ba tơ"
    assert ctx.document.body == ["GOV"]


def test_the_committee_of_an_organization_names_the_organization():
    text = "BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ HUYỆN CHÂU THÀNH\nKẾ HOẠCH\nNăm 2025\n- Phấn đấu 90% hội viên tham gia."
    dc = run(text, until="document").document
    assert dc.body == ["HLHPN"]


def test_a_metadata_failure_keeps_the_records(monkeypatch, caplog):
    def broken(text):
        raise ValueError("broken reader")
    monkeypatch.setattr(document_stage, "read_metadata", broken)
    with caplog.at_level(logging.WARNING):
        doc, targets = extract_with_metadata(document_from_text(PLANS["peasants' union plan"], "kh"))
    assert [t.value for t in targets] == [300.0] and doc.issuer is None
    assert "metadata not read" in caplog.text and "broken reader" in caplog.text


@pytest.mark.parametrize("congress,level", [("Đại hội Cựu chiến binh toàn quốc lần thứ VIII", "central"),
                                            ("Đại hội Hội Nông dân huyện Tân Yên lần thứ XI", "district"),
                                            ("Đại hội Đoàn Thanh niên xã Hòa An", "commune")], ids=str)
def test_a_congress_named_only_in_the_lead_gives_the_issuer_level(congress, level):
    text = (f"Ngoài ra, Hội đặt mục tiêu giúp 1.200 hội viên vay vốn.\n"
            f"Chiều qua, {congress} đã kết thúc với nghị quyết nhiệm kỳ 2027 – 2032.")
    doc, _ = extract_with_metadata(document_from_text(text))
    assert doc.issuer_level == level


def test_a_provincial_department_in_a_news_lead_gives_the_province_level():
    text = ("Nâng cao chất lượng phổ cập giáo dục\n\nCập nhật, 09:10, Thứ Hai, 02/04/2029\n\n"
            "Sở GD-ĐT vừa có kế hoạch thực hiện công tác phổ cập giáo dục năm 2029. Theo kế hoạch, phấn đấu "
            "100% xã duy trì đạt chuẩn phổ cập giáo dục tiểu học.")
    doc, _ = extract_with_metadata(document_from_text(text))
    assert doc.issuer_level == "province"

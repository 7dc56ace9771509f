"""Export stage: records → pandas with one dtype per column."""
from pipeline import extract, to_dataframe


def test_dataframe_columns_keep_one_dtype_whatever_the_rows():
    df = to_dataframe(extract("Hội Nông dân đạt 90% trở lên. Đến năm 2025 kết nạp 15 hội viên mới."))
    assert list(df["value"]) == [90.0, 15.0] and str(df["value"].dtype) == "float64"
    assert str(df["deadline_year"].dtype) == "Int64" and df["deadline_year"].isna().tolist() == [True, False]
    assert int(df["deadline_year"].iloc[1]) == 2025
    assert str(to_dataframe([])["deadline_year"].dtype) == "Int64"

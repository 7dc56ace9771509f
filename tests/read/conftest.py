import pytest

from pipeline.read import document_from_text
from samples import TEXT, records


@pytest.fixture(scope="module")
def expected():
    """The records of the seed passage read as plain text: what every format must give."""
    recs = records(document_from_text(TEXT, "plain"))
    assert len(recs) >= 8, recs  # the passage holds the nine targets of the programme
    return recs

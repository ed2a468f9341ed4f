import pytest

from deskcms import create_app

SAMPLE = """title: Council approves harbour budget
byline: {{ author_name }}
section: local
---
The council voted 7-2 on Tuesday.
"""


@pytest.fixture()
def content(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour-budget.md").write_text(SAMPLE, encoding="utf-8")
    (folder / "weather-week.md").write_text("Sunny all week.\n", encoding="utf-8")
    return tmp_path


@pytest.fixture()
def client(content):
    return create_app({"CONTENT_REPO": str(content), "TESTING": True}).test_client()

import pytest

from coursekit import create_app


@pytest.fixture()
def root(tmp_path):
    course = tmp_path / "BIO-101"
    (course / "week1").mkdir(parents=True)
    (course / "week1" / "slides.pdf").write_bytes(b"%PDF-1.7 cells")
    (course / "syllabus.md").write_text("# Biology 101\nTeacher: {{ author_name }}\n")
    return tmp_path


@pytest.fixture()
def client(root):
    return create_app({"MATERIALS_ROOT": str(root), "TESTING": True}).test_client()

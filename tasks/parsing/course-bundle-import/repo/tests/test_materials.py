import pytest

from coursekit.materials import UnknownCourse, course_dir


def test_lists_files_sorted(client):
    data = client.get("/courses/BIO-101/materials").get_json()
    assert data["files"] == ["syllabus.md", "week1/slides.pdf"]


def test_course_without_materials(client):
    assert client.get("/courses/CHEM-201/materials").get_json()["files"] == []


def test_bad_course_code_is_404(client):
    assert client.get("/courses/bio101/materials").status_code == 404


def test_course_dir_rejects_odd_codes(root):
    with pytest.raises(UnknownCourse):
        course_dir(root, "../BIO-101")

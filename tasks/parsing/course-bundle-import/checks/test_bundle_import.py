import io
import tarfile

import pytest

from coursekit import create_app
from coursekit.bundles import BundleError, import_bundle


def make_bundle(files: dict[str, bytes], dirs=("week1", "handouts")) -> io.BytesIO:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name in dirs:
            info = tarfile.TarInfo(name)
            info.type = tarfile.DIRTYPE
            info.mode = 0o755
            tar.addfile(info)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    return buf


FILES = {
    "week1/slides.pdf": b"%PDF-1.7 mitosis",
    "week1/quiz.md": b"1. What is a cell?\n",
    "handouts/lab2.docx": b"PK\x03\x04 lab two",
    "reading-list.txt": b"Campbell Biology, ch. 12\n",
}


def test_unpacks_into_course_folder(tmp_path):
    written = import_bundle(tmp_path, "BIO-101", make_bundle(FILES))
    assert written == sorted(FILES)
    for name, data in FILES.items():
        assert (tmp_path / "BIO-101" / name).read_bytes() == data


def test_accepts_str_root_and_creates_folder(tmp_path):
    import_bundle(str(tmp_path / "materials"), "CHEM-201", make_bundle({"notes.txt": b"moles"}, dirs=()))
    assert (tmp_path / "materials" / "CHEM-201" / "notes.txt").read_bytes() == b"moles"


def test_replaces_same_path_and_keeps_others(tmp_path):
    course = tmp_path / "BIO-101" / "week1"
    course.mkdir(parents=True)
    (course / "slides.pdf").write_bytes(b"old slides")
    (course / "homework.md").write_bytes(b"keep me")
    import_bundle(tmp_path, "BIO-101", make_bundle({"week1/slides.pdf": b"new slides"}, dirs=("week1",)))
    assert (course / "slides.pdf").read_bytes() == b"new slides"
    assert (course / "homework.md").read_bytes() == b"keep me"


@pytest.mark.parametrize("data", [b"", b"this is not an archive", b"\x1f\x8b\x08\x00broken gzip"])
def test_unreadable_upload(tmp_path, data):
    with pytest.raises(BundleError):
        import_bundle(tmp_path, "BIO-101", io.BytesIO(data))
    assert issubclass(BundleError, ValueError)


def test_endpoint(tmp_path):
    client = create_app({"MATERIALS_ROOT": str(tmp_path), "TESTING": True}).test_client()
    resp = client.post("/courses/BIO-101/bundles",
                       data={"bundle": (make_bundle(FILES), "bio-101.tar.gz")},
                       content_type="multipart/form-data")
    assert resp.status_code == 201
    assert resp.get_json() == {"course": "BIO-101", "files": sorted(FILES)}
    listed = client.get("/courses/BIO-101/materials").get_json()["files"]
    assert listed == sorted(FILES)


def test_endpoint_bad_bundle(tmp_path):
    client = create_app({"MATERIALS_ROOT": str(tmp_path), "TESTING": True}).test_client()
    resp = client.post("/courses/BIO-101/bundles",
                       data={"bundle": (io.BytesIO(b"nope"), "bio.tar.gz")},
                       content_type="multipart/form-data")
    assert resp.status_code == 400
    assert resp.get_json()["error"]

import io
import os

import pytest

from referrals import create_app


@pytest.fixture
def upload_dir(tmp_path):
    path = tmp_path / "attachments"
    path.mkdir()
    return path


@pytest.fixture
def client(upload_dir):
    app = create_app({"TESTING": True, "ATTACHMENT_DIR": str(upload_dir)})
    return app.test_client()


@pytest.fixture
def referral_id(client):
    resp = client.post(
        "/referrals",
        json={"patient_ref": "PT-4410", "specialty": "dermatology", "reason": "lesion review"},
    )
    return resp.get_json()["id"]


CONTENT = b"%PDF-1.4\n% scanned referral letter\n" + b"x" * 2048


def _upload(client, referral_id, name="letter.pdf", content=CONTENT):
    return client.post(
        f"/referrals/{referral_id}/attachments",
        data={"file": (io.BytesIO(content), name)},
        content_type="multipart/form-data",
    )


def _stored_files(root):
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as fh:
                found.append((dirpath, fh.read()))
    return found


def test_upload_stores_file_under_referral_folder(client, referral_id, upload_dir):
    resp = _upload(client, referral_id)
    assert resp.status_code == 201
    body = resp.get_json()
    assert "letter" in body["filename"]
    assert body["size"] == len(CONTENT)
    stored = _stored_files(upload_dir / str(referral_id))
    assert [data for _dir, data in stored] == [CONTENT]


def test_listing_shows_uploaded_files(client, referral_id):
    _upload(client, referral_id, name="lab-results.pdf", content=b"lab")
    _upload(client, referral_id, name="letter.pdf")
    resp = client.get(f"/referrals/{referral_id}/attachments")
    assert resp.status_code == 200
    text = resp.get_data(as_text=True)
    assert "lab-results.pdf" in text
    assert "letter.pdf" in text
    assert str(len(CONTENT)) in text


def test_upload_without_file_is_rejected(client, referral_id):
    resp = client.post(
        f"/referrals/{referral_id}/attachments", data={}, content_type="multipart/form-data"
    )
    assert resp.status_code == 400


def test_upload_to_unknown_referral(client, upload_dir):
    assert _upload(client, 4242).status_code == 404
    assert _stored_files(upload_dir) == []


def test_default_setting_present():
    app = create_app()
    assert app.config["ATTACHMENT_DIR"]

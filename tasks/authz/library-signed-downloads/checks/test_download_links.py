"""Functional checks for time-limited download links."""

import time
from urllib.parse import parse_qs, urlsplit, urlencode

import pytest

from catalogue import create_app
from catalogue.links import LinkSigner

SECRET = "dl-7Qw2Zr9Lx4Vn8Bc1Hs6Jt3Kp0Mf5Gd"
BASE = "https://collections.example.org"


@pytest.fixture
def app(tmp_path):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "map-0412.tif").write_bytes(b"II*\x00fake-tiff")
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "ph-1177.jpg").write_bytes(b"\xff\xd8fake-jpeg")
    return create_app({"TESTING": True, "FILES_DIR": str(tmp_path), "DOWNLOAD_LINK_SECRET": SECRET,
                       "PUBLIC_BASE_URL": BASE, "DOWNLOAD_LINK_TTL": 900})


def split(url):
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    return parts, query


def test_url_shape_and_expiry():
    signer = LinkSigner(SECRET, BASE, ttl=600)
    parts, query = split(signer.url_for("maps/map-0412.tif", now=1_700_000_000))
    assert f"{parts.scheme}://{parts.netloc}" == BASE
    assert parts.path == "/files/maps/map-0412.tif"
    assert int(query["expires"]) == 1_700_000_600
    assert query["sig"]


def test_verify_roundtrip_and_expiry():
    signer = LinkSigner(SECRET, BASE, ttl=600)
    _, q = split(signer.url_for("maps/map-0412.tif", now=1_700_000_000))
    assert signer.verify("maps/map-0412.tif", q["expires"], q["sig"], now=1_700_000_599) is True
    assert signer.verify("maps/map-0412.tif", q["expires"], q["sig"], now=1_700_000_601) is False


def test_link_bound_to_path_expiry_and_secret():
    signer = LinkSigner(SECRET, BASE, ttl=600)
    _, q = split(signer.url_for("maps/map-0412.tif", now=1_700_000_000))
    now = 1_700_000_100
    assert signer.verify("photos/ph-1177.jpg", q["expires"], q["sig"], now=now) is False
    assert signer.verify("maps/map-0412.tif", str(int(q["expires"]) + 86400), q["sig"], now=now) is False
    other = LinkSigner("another-secret-entirely-0123456789", BASE, ttl=600)
    assert other.verify("maps/map-0412.tif", q["expires"], q["sig"], now=now) is False


@pytest.mark.parametrize("expires,sig", [("", ""), ("soon", "abc"), ("1700000600", ""), ("", "abc")])
def test_verify_rejects_malformed(expires, sig):
    assert LinkSigner(SECRET, BASE).verify("maps/map-0412.tif", expires, sig, now=1_700_000_000) is False


def test_item_page_link_downloads_scan(app):
    client = app.test_client()
    url = client.get("/items/map-0412").get_json()["download_url"]
    parts, query = split(url)
    assert url.startswith(BASE + "/files/")
    assert time.time() + 800 < int(query["expires"]) <= time.time() + 901
    resp = client.get(parts.path + "?" + parts.query)
    assert resp.status_code == 200
    assert resp.data == b"II*\x00fake-tiff"
    assert client.get("/items/ms-0031").get_json()["download_url"] is None


def test_download_rejected_when_expired_or_swapped(app):
    client = app.test_client()
    signer = LinkSigner(SECRET, BASE, ttl=900)
    _, old = split(signer.url_for("maps/map-0412.tif", now=time.time() - 3600))
    assert client.get("/files/maps/map-0412.tif?" + urlencode(old)).status_code == 403
    _, fresh = split(signer.url_for("maps/map-0412.tif"))
    assert client.get("/files/photos/ph-1177.jpg?" + urlencode(fresh)).status_code == 403
    assert client.get("/files/maps/map-0412.tif").status_code == 403

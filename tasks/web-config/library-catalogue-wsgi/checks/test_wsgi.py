import importlib
import sys

import pytest

SECRET = "checks-4c1e9a7b0d2f4e6a8b1c3d5e7f9a0b2c"
# Names a production config could reasonably read the key from.
SECRET_VARS = ("CATALOGUE_SECRET_KEY", "SECRET_KEY", "FLASK_SECRET_KEY", "CATALOGUE_SESSION_SECRET")


def _fresh_wsgi():
    for name in list(sys.modules):
        if name == "wsgi" or name == "catalogue" or name.startswith("catalogue."):
            del sys.modules[name]
    return importlib.import_module("wsgi")


@pytest.fixture
def production_env(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(".")
    monkeypatch.setenv("CATALOGUE_ENV", "production")
    monkeypatch.setenv("CATALOGUE_DB", str(tmp_path / "prod.sqlite3"))
    for var in SECRET_VARS:
        monkeypatch.setenv(var, SECRET)
    yield tmp_path
    for name in list(sys.modules):
        if name == "wsgi" or name == "catalogue" or name.startswith("catalogue."):
            del sys.modules[name]


def test_wsgi_exposes_production_app(production_env):
    wsgi = _fresh_wsgi()
    from flask import Flask

    assert isinstance(wsgi.app, Flask)
    assert wsgi.app.config["DATABASE"] == str(production_env / "prod.sqlite3")
    assert wsgi.app.config["SECRET_KEY"]
    resp = wsgi.app.test_client().get("/books?q=darkness")
    assert resp.status_code == 200
    assert [b["title"] for b in resp.get_json()] == ["The Left Hand of Darkness"]


def test_production_config_class_exists(production_env):
    _fresh_wsgi()
    from catalogue.config import Config, ProductionConfig

    assert issubclass(ProductionConfig, Config)


def test_sessions_work_across_workers(production_env):
    first = _fresh_wsgi().app
    second = _fresh_wsgi().app
    assert first is not second

    kiosk = first.test_client()
    assert kiosk.post("/kiosk/card", json={"card": "2900015678"}).status_code == 200
    cookie = kiosk.get_cookie("session")
    assert cookie is not None

    other = second.test_client()
    other.set_cookie("session", cookie.value)
    resp = other.post("/kiosk/holds", json={"book_id": 3})
    assert resp.status_code == 201
    assert resp.get_json()["card"] == "2900015678"


def test_development_stays_default(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(".")
    monkeypatch.delenv("CATALOGUE_ENV", raising=False)
    monkeypatch.setenv("CATALOGUE_DB", str(tmp_path / "dev.sqlite3"))
    try:
        wsgi = _fresh_wsgi()
        assert wsgi.app.config["DATABASE"] == str(tmp_path / "dev.sqlite3")
        assert wsgi.app.test_client().get("/books").status_code == 200
    finally:
        for name in list(sys.modules):
            if name == "wsgi" or name == "catalogue" or name.startswith("catalogue."):
                del sys.modules[name]

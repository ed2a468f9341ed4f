import pytest

from referrals import create_app


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def referral(client):
    resp = client.post(
        "/referrals",
        json={"patient_ref": "PT-20931", "specialty": "cardiology", "reason": "abnormal ECG"},
    )
    return resp.get_json()

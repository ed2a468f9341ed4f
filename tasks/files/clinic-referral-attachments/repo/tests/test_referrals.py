def test_create_and_fetch(client, referral):
    assert referral["status"] == "open"
    resp = client.get(f"/referrals/{referral['id']}")
    assert resp.status_code == 200
    assert resp.get_json()["specialty"] == "cardiology"


def test_create_requires_fields(client):
    resp = client.post("/referrals", json={"patient_ref": "PT-1"})
    assert resp.status_code == 400
    assert set(resp.get_json()["fields"]) == {"specialty", "reason"}


def test_status_flow(client, referral):
    resp = client.post(f"/referrals/{referral['id']}/status", json={"status": "booked"})
    assert resp.get_json()["status"] == "booked"
    assert client.post(f"/referrals/{referral['id']}/status", json={"status": "lost"}).status_code == 400


def test_closed_referrals_are_not_listed(client, referral):
    client.post(f"/referrals/{referral['id']}/status", json={"status": "closed"})
    assert client.get("/referrals").get_json() == []


def test_unknown_referral(client):
    assert client.get("/referrals/999").status_code == 404

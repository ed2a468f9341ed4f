from portal import create_app, records


def test_grades_lookup():
    assert records.get_student("s-1001")["homeroom"] == "7B"
    assert records.grades_for("s-1002") == [{"course": "Mathematics", "term": "T2", "mark": "B"}]
    assert records.grades_for("s-9999") == []


def test_healthz_needs_no_token():
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/healthz").get_json() == {"status": "ok"}

from datetime import date

from paywall.store import EntitlementStore


def test_paid_then_canceled():
    store = EntitlementStore()
    assert store.apply_event({"type": "invoice.paid", "data": {"customer": "cus_81", "plan": "digital-monthly",
                                                                "period_end": "2024-07-01"}})
    assert store.get("cus_81").paid_through == date(2024, 7, 1)
    store.apply_event({"type": "subscription.canceled", "data": {"customer": "cus_81"}})
    assert store.get("cus_81").active is False


def test_unknown_events_ignored():
    assert EntitlementStore().apply_event({"type": "charge.dispute.created", "data": {}}) is False

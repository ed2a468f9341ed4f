"""Customer service lookup of wine club subscriptions by member email."""

from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views import View

from vintner.club.models import ClubSubscription


class SubscriptionLookupView(PermissionRequiredMixin, View):
    permission_required = "club.view_clubsubscription"
    base_query = (
        "SELECT s.* FROM club_subscription s "
        "JOIN club_member m ON m.id = s.member_id "
        "WHERE lower(m.email) = '%s' ORDER BY s.start_date DESC"
    )

    def get(self, request):
        email = request.GET.get("email", "").strip().lower()
        if not email:
            return JsonResponse({"error": "email is required"}, status=400)
        subscriptions = ClubSubscription.objects.raw(self.base_query % email)
        return JsonResponse({"results": [self.serialize(s) for s in subscriptions]})

    @staticmethod
    def serialize(subscription: ClubSubscription) -> dict:
        return {
            "id": subscription.pk,
            "tier": subscription.tier,
            "status": subscription.status,
            "start_date": subscription.start_date.isoformat(),
            "next_shipment": (
                subscription.next_shipment.isoformat() if subscription.next_shipment else None
            ),
            "bottles_per_shipment": subscription.bottles_per_shipment,
        }

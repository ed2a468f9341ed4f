"""List view for the support ticket queue."""
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import ListView

from .models import Ticket

PRIORITIES = {"low", "normal", "high", "urgent"}


class TicketListView(LoginRequiredMixin, ListView):
    model = Ticket
    paginate_by = 50
    template_name = "support/ticket_list.html"

    def get_queryset(self):
        qs = Ticket.objects.select_related("assignee").filter(
            organization=self.request.user.organization
        )
        label = self.request.GET.get("label")
        if label:
            # labels is a Postgres text[] column
            qs = qs.extra(where=["'%s' = ANY(labels)" % label])
        priority = self.request.GET.get("priority")
        if priority in PRIORITIES:
            qs = qs.filter(priority=priority)
        if self.request.GET.get("mine"):
            qs = qs.filter(assignee=self.request.user)
        return qs.order_by("-updated_at")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["priorities"] = sorted(PRIORITIES)
        ctx["active_label"] = self.request.GET.get("label", "")
        return ctx

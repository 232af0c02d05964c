"""The customer's preferred letter language, shown and edited on the customer page."""
from __future__ import annotations

from ui_support import open_window


def test_customer_language_is_shown_and_saved_from_the_customer_page(qtbot, store, tmp_path):
    customer = store.customers.add(name="Claire Martin", language="fr_FR")
    window = open_window(qtbot, store, tmp_path)
    window.show_customer(customer.id)
    box = window.customers.fields["language"]
    assert box.currentData() == "fr_FR" and box.currentText() == "français (France)"
    box.setCurrentIndex(box.findData("es_ES"))
    window.customers.save_button.click()
    assert store.customers.get(customer.id).language == "es_ES"
    box.setCurrentIndex(0)  # back to the business's language
    window.customers.save_button.click()
    assert store.customers.get(customer.id).language == ""

"""Report writers, one module per format, used by the command and the app alike.

``text_report`` and ``json_report`` render a check run; ``html_report`` and
``csv_report`` render the MQM-style ``scorecard`` of a reviewed document.
"""

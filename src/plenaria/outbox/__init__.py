"""The state of outgoing mail, for operators: it reads the mail of letters (circulars) and of
registrations (registration), which may not import each other, and changes nothing."""

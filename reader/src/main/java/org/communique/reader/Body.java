package org.communique.reader;

/** Where the statement itself lies in the page, between the site's navigation and its footer. */
record Body(int start, int end) {}

package org.communique.reader;

/** The names of the doc's layers and facts, in one place so stages agree on them. */
final class Labels {
    static final String SENTENCE = "sentence";
    static final String PARAGRAPH = "paragraph";
    static final String COUNTRY = "country";      // value: ISO code
    static final String DEMONYM = "demonym";      // value: ISO code
    static final String CITY = "city";            // value: ISO code of the country
    static final String TITLE = "title";          // value: kind of office
    static final String TOPIC = "topic";          // value: topic code
    static final String MECHANISM = "mechanism";  // value: canonical name
    static final String DATE = "date";            // value: ISO date, yyyy-mm or yyyy
    static final String PERSON = "person";        // value: person index in the people list
    static final String DATELINE = "dateline";
    static final String DIALOGUE = "dialogue";    // value: the dialogue's name

    private Labels() {}
}

package org.communique.bench;

import java.util.List;
import java.util.Map;

/**
 * What the corpus generator knows of the world: countries with their ISO codes, names, demonyms and
 * cities; the dialogues between pairs of them; given names and family names by region; the subjects
 * that rounds discuss; and the mechanisms they refer to. The people are made up; the wording is ours.
 */
final class World {
    private World() {}

    /**
     * A party to dialogues. {@code name} is how running text names it ("the Philippines"), {@code formal}
     * its long form, {@code names} the cluster its officials' names come from, {@code bureau} the State
     * Department's regional bureau for it (for U.S. titles).
     */
    record Country(String code, String name, String formal, String demonym, String capital, List<String> cities,
                   String names, String bureau, String agency) {
        /** The name without a leading article, for "U.S.-Philippines" and "Ambassador to the Philippines". */
        String bare() {
            return name.startsWith("the ") ? name.substring(4) : name;
        }

        String capitalised() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    static final Country US = new Country("US", "the United States", "the United States of America", "American",
            "Washington", List.of("New York", "San Francisco"), "anglo", null, null);

    static final List<Country> COUNTRIES = List.of(
            c("KZ", "Kazakhstan", "the Republic of Kazakhstan", "Kazakh", "Astana", "Almaty", "central", "South and Central Asian", "Steppe Press Agency"),
            c("UZ", "Uzbekistan", "the Republic of Uzbekistan", "Uzbek", "Tashkent", "Samarkand", "central", "South and Central Asian", "Tashkent Information Service"),
            c("KG", "Kyrgyzstan", "the Kyrgyz Republic", "Kyrgyz", "Bishkek", "Osh", "central", "South and Central Asian", "Ala-Too News"),
            c("TJ", "Tajikistan", "the Republic of Tajikistan", "Tajik", "Dushanbe", "Khujand", "central", "South and Central Asian", "Pamir Wire"),
            c("TM", "Turkmenistan", "Turkmenistan", "Turkmen", "Ashgabat", "Turkmenbashi", "central", "South and Central Asian", "Ashgabat Herald Service"),
            c("MN", "Mongolia", "Mongolia", "Mongolian", "Ulaanbaatar", "Darkhan", "mongol", "East Asian and Pacific", "Steppe Wire of Mongolia"),
            c("IN", "India", "the Republic of India", "Indian", "New Delhi", "Mumbai", "south", "South and Central Asian", "Subcontinent News Service"),
            c("PK", "Pakistan", "the Islamic Republic of Pakistan", "Pakistani", "Islamabad", "Karachi", "south", "South and Central Asian", "Indus Press Agency"),
            c("BD", "Bangladesh", "the People's Republic of Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "south", "South and Central Asian", "Delta News Service"),
            c("LK", "Sri Lanka", "the Democratic Socialist Republic of Sri Lanka", "Sri Lankan", "Colombo", "Kandy", "south", "South and Central Asian", "Lanka Wire"),
            c("JP", "Japan", "Japan", "Japanese", "Tokyo", "Osaka", "japan", "East Asian and Pacific", "Kanto News Agency"),
            c("KR", "the Republic of Korea", "the Republic of Korea", "Korean", "Seoul", "Busan", "korea", "East Asian and Pacific", "Han River Press"),
            c("PH", "the Philippines", "the Republic of the Philippines", "Philippine", "Manila", "Cebu", "filipino", "East Asian and Pacific", "Archipelago News Agency"),
            c("VN", "Vietnam", "the Socialist Republic of Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City", "viet", "East Asian and Pacific", "Red River News Agency"),
            c("ID", "Indonesia", "the Republic of Indonesia", "Indonesian", "Jakarta", "Bali", "indo", "East Asian and Pacific", "Nusantara Press Service"),
            c("TH", "Thailand", "the Kingdom of Thailand", "Thai", "Bangkok", "Chiang Mai", "thai", "East Asian and Pacific", "Chao Phraya News"),
            c("MY", "Malaysia", "Malaysia", "Malaysian", "Kuala Lumpur", "Penang", "indo", "East Asian and Pacific", "Peninsula Wire"),
            c("SG", "Singapore", "the Republic of Singapore", "Singaporean", "Singapore", null, "indo", "East Asian and Pacific", "Straits Wire"),
            c("AU", "Australia", "the Commonwealth of Australia", "Australian", "Canberra", "Sydney", "anglo", "East Asian and Pacific", "Southern Cross Newswire"),
            c("NZ", "New Zealand", "New Zealand", "New Zealand", "Wellington", "Auckland", "anglo", "East Asian and Pacific", "Tasman Newswire"),
            c("MX", "Mexico", "the United Mexican States", "Mexican", "Mexico City", "Monterrey", "latin", "Western Hemisphere", "Agencia Meseta"),
            c("BR", "Brazil", "the Federative Republic of Brazil", "Brazilian", "Brasilia", "Rio de Janeiro", "latin", "Western Hemisphere", "Agencia Cerrado"),
            c("CO", "Colombia", "the Republic of Colombia", "Colombian", "Bogota", "Cartagena", "latin", "Western Hemisphere", "Agencia Andina del Norte"),
            c("CL", "Chile", "the Republic of Chile", "Chilean", "Santiago", "Valparaiso", "latin", "Western Hemisphere", "Agencia Cordillera"),
            c("NG", "Nigeria", "the Federal Republic of Nigeria", "Nigerian", "Abuja", "Lagos", "west-africa", "African", "Niger Delta News Agency"),
            c("ZA", "South Africa", "the Republic of South Africa", "South African", "Pretoria", "Cape Town", "south-africa", "African", "Highveld Press Association"),
            c("KE", "Kenya", "the Republic of Kenya", "Kenyan", "Nairobi", "Mombasa", "east-africa", "African", "Rift Valley News Service"),
            c("GH", "Ghana", "the Republic of Ghana", "Ghanaian", "Accra", "Kumasi", "west-africa", "African", "Gold Coast Newswire"),
            c("EG", "Egypt", "the Arab Republic of Egypt", "Egyptian", "Cairo", "Alexandria", "arab", "Near Eastern", "Nile Valley News Agency"),
            c("MA", "Morocco", "the Kingdom of Morocco", "Moroccan", "Rabat", "Marrakesh", "arab", "Near Eastern", "Atlas Press Agency"),
            c("SA", "Saudi Arabia", "the Kingdom of Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "arab", "Near Eastern", "Najd News Agency"),
            c("AE", "the United Arab Emirates", "the United Arab Emirates", "Emirati", "Abu Dhabi", "Dubai", "arab", "Near Eastern", "Emirates Coast News"),
            c("QA", "Qatar", "the State of Qatar", "Qatari", "Doha", null, "arab", "Near Eastern", "Peninsula Press Agency"),
            c("KW", "Kuwait", "the State of Kuwait", "Kuwaiti", "Kuwait City", null, "arab", "Near Eastern", "Gulf Shore News Agency"),
            c("BH", "Bahrain", "the Kingdom of Bahrain", "Bahraini", "Manama", null, "arab", "Near Eastern", "Pearl Island News"),
            c("IQ", "Iraq", "the Republic of Iraq", "Iraqi", "Baghdad", "Erbil", "arab", "Near Eastern", "Two Rivers News Agency"),
            c("JO", "Jordan", "the Hashemite Kingdom of Jordan", "Jordanian", "Amman", "Aqaba", "arab", "Near Eastern", "Petra Valley News"),
            c("GE", "Georgia", "Georgia", "Georgian", "Tbilisi", "Batumi", "caucasus", "European and Eurasian", "Kartli Press"),
            c("AM", "Armenia", "the Republic of Armenia", "Armenian", "Yerevan", "Gyumri", "armenia", "European and Eurasian", "Ararat News Service"),
            c("AZ", "Azerbaijan", "the Republic of Azerbaijan", "Azerbaijani", "Baku", "Ganja", "azeri", "European and Eurasian", "Caspian Shore News"),
            c("UA", "Ukraine", "Ukraine", "Ukrainian", "Kyiv", "Lviv", "slavic", "European and Eurasian", "Dnipro News Agency"),
            c("PL", "Poland", "the Republic of Poland", "Polish", "Warsaw", "Krakow", "polish", "European and Eurasian", "Vistula Press Agency"),
            c("RO", "Romania", "Romania", "Romanian", "Bucharest", "Constanta", "romanian", "European and Eurasian", "Danube News Agency"),
            c("DE", "Germany", "the Federal Republic of Germany", "German", "Berlin", "Munich", "german", "European and Eurasian", "Rhein Nachrichtendienst"),
            c("FR", "France", "the French Republic", "French", "Paris", "Marseille", "french", "European and Eurasian", "Agence Seine"),
            c("EU", "the European Union", "the European Union", "European", "Brussels", "Luxembourg", "german", "European and Eurasian", null));

    private static Country c(String code, String name, String formal, String demonym, String capital, String city,
                             String names, String bureau, String agency) {
        return new Country(code, name, formal, demonym, capital, city == null ? List.of() : List.of(city), names,
                bureau, agency);
    }

    static Country country(String code) {
        if (code.equals("US")) return US;
        for (Country c : COUNTRIES) if (c.code().equals(code)) return c;
        throw new IllegalArgumentException("no country " + code);
    }

    /** A recurring dialogue between two parties: its name (without the parties), acronym, first year and kind. */
    record Series(String a, String b, String name, String acronym, int since, String kind) {}

    /** Forty series: most with the United States, some between other parties. */
    static final List<Series> SERIES = List.of(
            new Series("KZ", "US", "Enhanced Strategic Partnership Dialogue", "ESPD", 2012, "political"),
            new Series("US", "UZ", "Strategic Partnership Dialogue", "SPD", 2011, "political"),
            new Series("KG", "US", "Annual Bilateral Consultations", "ABC", 2010, "political"),
            new Series("TJ", "US", "Annual Bilateral Consultations", "ABC", 2009, "political"),
            new Series("TM", "US", "Annual Bilateral Consultations", "ABC", 2010, "political"),
            new Series("MN", "US", "Strategic Dialogue", null, 2015, "political"),
            new Series("IN", "US", "2+2 Ministerial Dialogue", null, 2018, "defense"),
            new Series("PK", "US", "Strategic Dialogue", null, 2010, "political"),
            new Series("BD", "US", "Partnership Dialogue", null, 2012, "political"),
            new Series("LK", "US", "Partnership Dialogue", null, 2016, "political"),
            new Series("JP", "US", "Economic Policy Consultative Committee", "EPCC", 2022, "economic"),
            new Series("KR", "US", "Senior Economic Dialogue", "SED", 2015, "economic"),
            new Series("PH", "US", "Bilateral Strategic Dialogue", "BSD", 2011, "political"),
            new Series("US", "VN", "Political, Security and Defense Dialogue", null, 2008, "defense"),
            new Series("ID", "US", "Strategic Dialogue", null, 2015, "political"),
            new Series("TH", "US", "Strategic Dialogue", null, 2012, "political"),
            new Series("MY", "US", "Strategic Dialogue", null, 2016, "political"),
            new Series("SG", "US", "Strategic Partnership Dialogue", "SPD", 2019, "political"),
            new Series("MX", "US", "High-Level Economic Dialogue", "HLED", 2013, "economic"),
            new Series("BR", "US", "Strategic Partnership Dialogue", null, 2014, "political"),
            new Series("CO", "US", "High-Level Dialogue", "HLD", 2012, "political"),
            new Series("CL", "US", "Strategic Dialogue", null, 2017, "political"),
            new Series("NG", "US", "Binational Commission", "BNC", 2010, "political"),
            new Series("US", "ZA", "Strategic Dialogue", null, 2010, "political"),
            new Series("KE", "US", "Strategic Dialogue", null, 2018, "political"),
            new Series("GH", "US", "Bilateral Consultations", null, 2016, "political"),
            new Series("EG", "US", "Strategic Dialogue", null, 2009, "political"),
            new Series("MA", "US", "Strategic Dialogue", null, 2012, "political"),
            new Series("QA", "US", "Strategic Dialogue", null, 2018, "political"),
            new Series("BH", "US", "Strategic Dialogue", null, 2017, "political"),
            new Series("IQ", "US", "Higher Coordinating Committee", "HCC", 2009, "political"),
            new Series("JO", "US", "Strategic Dialogue", null, 2014, "political"),
            new Series("GE", "US", "Strategic Partnership Commission", "SPC", 2009, "political"),
            new Series("AZ", "US", "Strategic Dialogue", null, 2014, "political"),
            new Series("UA", "US", "Strategic Partnership Commission", "SPC", 2009, "political"),
            new Series("PL", "US", "Strategic Dialogue", null, 2012, "political"),
            new Series("AU", "JP", "2+2 Foreign and Defence Ministerial Consultations", null, 2007, "defense"),
            new Series("IN", "JP", "Foreign Policy and Security Dialogue", null, 2011, "defense"),
            new Series("EU", "UZ", "Cooperation Council", null, 2008, "political"),
            new Series("DE", "FR", "Ministerial Council", null, 2010, "political"));

    /** Given names and family names by cluster; "first" names come first in the written name. */
    record NamePool(List<String> given, List<String> family, List<String> initials) {}

    static final Map<String, NamePool> NAMES = Map.ofEntries(
            Map.entry("anglo", pool("James Sarah Michael Emily Robert Jennifer David Laura Thomas Rebecca Daniel Karen Mark Elizabeth Brian Catherine Gregory Alison Patrick Margaret",
                    "Whitfield Harrington Caldwell Brennan Sutton Lawson Pierce Holloway Garrison Mercer Prescott Ashford Donovan Kimball Thornton Radcliffe Winslow Galloway Hartley Pemberton",
                    "A. B. C. D. E. J. K. L. M. R. S. T. W.")),
            Map.entry("central", pool("Aibek Nurlan Dilshod Jamshid Bakhtiyor Askar Timur Rustam Saltanat Gulnara Dinara Aigerim Farrukh Sardor Erlan Bolat Zarina Madina Kanat Daniyar",
                    "Abdullaev Karimov Nurmatov Seitkali Bekov Tursunov Rakhimova Yusupov Omarov Saparov Zhumabekov Ismoilov Khodjaev Azimov Mukhamedov Baimukhanov Kasymov Sultanova Dzhumaliev Amanov",
                    "")),
            Map.entry("mongol", pool("Batbold Gantulga Oyunchimeg Enkhtuya Tsogt Bolormaa Ganbaatar Narantsetseg Munkh-Orgil Sarangerel",
                    "Dorjsuren Batjargal Tserendorj Ganzorig Purevsuren Altankhuyag Byambadorj Sukhbaatar Otgonbayar Erdenebileg",
                    "")),
            Map.entry("south", pool("Rajesh Priya Anil Sunita Vikram Arjun Kavita Imran Ayesha Farhan Nadia Sanjay Meera Tariq Rohan Shireen Kamal Lakshmi Asif Deepa",
                    "Sharma Verma Iyer Reddy Khan Chaudhry Qureshi Menon Rahman Hossain Perera Fernando Malik Nair Siddiqui Gunawardena Kapoor Bhattacharya Jayasuriya Mirza",
                    "")),
            Map.entry("japan", pool("Hiroshi Takeshi Yuko Kenji Aiko Masato Naoko Shinji Emiko Daisuke Haruka Tetsuya",
                    "Tanaka Suzuki Watanabe Kobayashi Yamamoto Nakamura Ishikawa Hayashi Morita Fujimoto Okada Matsuda",
                    "")),
            Map.entry("korea", pool("Min-jun Ji-hoon Seo-yeon Hyun-woo Eun-ji Sung-ho Ji-young Dong-hyun",
                    "Kim Lee Park Choi Jung Kang Yoon Jang Lim Han",
                    "")),
            Map.entry("filipino", pool("Maria Jose Ramon Teresa Antonio Cristina Eduardo Rosario Manuel Luzviminda",
                    "Santos Reyes Cruz Bautista Villanueva Mendoza Aquino Dizon Ocampo Lacson",
                    "P. M. R. S.")),
            Map.entry("viet", pool("Nguyen Van An|Tran Thi Mai|Le Minh Tuan|Pham Quoc Hung|Hoang Thi Lan|Vu Duc Thang|Do Thanh Son|Bui Thi Hoa", "", "")),
            Map.entry("indo", pool("Budi Retno Ahmad Siti Hendra Dewi Rizal Nurul Arif Kartika Farid Lestari",
                    "Santoso Wibowo Hidayat Kusuma Pratama Setiawan Rahardjo Nugroho Ibrahim Halim Tan Lim",
                    "")),
            Map.entry("thai", pool("Somchai Ananda Kanya Prasert Siriporn Thaksin Niran Pimchanok",
                    "Srisuk Wongsawat Chaiyaporn Rattanakul Boonmee Sukhumvit Kittikachorn Phromsiri",
                    "")),
            Map.entry("latin", pool("Carlos María Alejandro Lucía Javier Ana Diego Sofía Andrés Gabriela Fernando Valentina Ricardo Camila Eduardo Beatriz",
                    "García Rodríguez Martínez Hernández López González Pereira Silva Castillo Morales Ortega Navarro Vargas Romero Alves Fuentes",
                    "")),
            Map.entry("west-africa", pool("Chinedu Amina Oluwaseun Ngozi Kwame Yaw Efua Abena Tunde Adaeze Kofi Halima",
                    "Okafor Adeyemi Mensah Boateng Eze Bello Owusu Nwosu Asante Danjuma Ogunleye Appiah",
                    "")),
            Map.entry("south-africa", pool("Thabo Lerato Sipho Naledi Themba Nomvula Bongani Zanele",
                    "Nkosi Mokoena Dlamini Khumalo Ndlovu Mahlangu Sithole Molefe",
                    "")),
            Map.entry("east-africa", pool("Wanjiru Otieno Achieng Kipchoge Njeri Mwangi Akinyi Barasa",
                    "Kamau Odhiambo Wafula Chebet Mutua Njoroge Kiprono Wekesa",
                    "")),
            Map.entry("arab", pool("Khalid Ahmed Fatima Omar Yousef Mariam Faisal Hamad Nasser Layla Saeed Huda Tariq Rania Majid Noura",
                    "Al-Saadi Haddad Al-Rashid Nasser Al-Amiri Al-Otaibi Khoury Mahmoud Al-Hashimi Al-Zahrani Al-Marri Saleh Al-Kuwari Mansour Al-Jaber Farouk",
                    "")),
            Map.entry("caucasus", pool("Giorgi Nino Levan Tamar David Ketevan Irakli Mariam", "Beridze Kapanadze Lomidze Gelashvili Tsiklauri Maisuradze Janelidze Khutsishvili", "")),
            Map.entry("armenia", pool("Armen Anahit Tigran Lilit Aram Narine Gevorg Siranush", "Petrosyan Hakobyan Grigoryan Sargsyan Harutyunyan Avetisyan Vardanyan Ghazaryan", "")),
            Map.entry("azeri", pool("Elnur Leyla Rashad Aysel Farid Gunel Tural Sevinj", "Mammadov Huseynov Hasanova Ismayilov Guliyev Abbasov Rzayev Karimli", "")),
            Map.entry("slavic", pool("Oksana Andriy Olena Taras Iryna Mykola Halyna Serhiy", "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Savchenko", "")),
            Map.entry("polish", pool("Piotr Katarzyna Tomasz Agnieszka Marek Joanna Paweł Magdalena", "Nowak Kowalski Wiśniewski Zieliński Wójcik Lewandowski Kamiński Dąbrowski", "")),
            Map.entry("romanian", pool("Mihai Ioana Andrei Elena Radu Cristina Bogdan Simona", "Popescu Ionescu Dumitrescu Stoica Constantinescu Marinescu Georgescu Munteanu", "")),
            Map.entry("german", pool("Klaus Anna Stefan Julia Matthias Katrin Thomas Sabine Jürgen Petra", "Becker Schneider Hoffmann Fischer Wagner Richter Krüger Lehmann Hartmann Vogel", "")),
            Map.entry("french", pool("Pierre Claire Marc Isabelle Antoine Sophie Olivier Camille Julien Hélène", "Dubois Laurent Moreau Lefebvre Girard Bonnet Mercier Fontaine Rousseau Chevalier", "")));

    private static NamePool pool(String given, String family, String initials) {
        return new NamePool(split(given), split(family), split(initials));
    }

    private static List<String> split(String s) {
        if (s.isEmpty()) return List.of();
        return List.of(s.contains("|") ? s.split("\\|") : s.split(" "));
    }

    /**
     * A subject a round discusses: the gold label, how the text may name it, and the noun phrase that
     * commitments use ("expand cooperation on ...").
     */
    record Subject(String label, List<String> phrases, String noun, List<String> also) {}

    static final List<Subject> SUBJECTS = List.of(
            s("counterterrorism", "counterterrorism cooperation|countering terrorism and violent extremism|the fight against terrorism", "counterterrorism"),
            s("law enforcement", "law enforcement cooperation|the fight against transnational organized crime|police cooperation", "law enforcement"),
            s("counternarcotics", "counternarcotics cooperation|efforts against drug trafficking|the fight against illicit drugs", "counternarcotics", "drug trafficking"),
            s("border security", "border security|border management|the security of common borders", "border security"),
            s("nonproliferation", "nonproliferation|nuclear security and nonproliferation|export controls and nonproliferation", "nonproliferation", "non-proliferation"),
            s("defense cooperation", "defense cooperation|military-to-military cooperation|defense ties", "defense cooperation", "military cooperation"),
            s("maritime security", "maritime security|maritime domain awareness|security at sea", "maritime security"),
            s("cybersecurity", "cybersecurity|cooperation against cybercrime|the security of critical networks", "cybersecurity", "cyber"),
            s("regional security", "regional security|stability in the region|the regional security situation", "regional security", "regional stability"),
            s("trade and investment", "bilateral trade and investment|trade and investment ties|two-way trade and investment", "trade and investment"),
            s("energy security", "energy security|energy cooperation|the diversification of energy supplies", "energy security", "energy"),
            s("clean energy", "clean energy|renewable energy|solar and wind power", "clean energy", "renewable energy"),
            s("critical minerals", "critical minerals|the supply of critical minerals|responsible mining of critical minerals", "critical minerals"),
            s("agriculture", "agriculture|agricultural trade|farm productivity", "agriculture"),
            s("food security", "food security|access to affordable food", "food security"),
            s("health", "public health|global health security|health cooperation", "public health", "health security"),
            s("education", "educational exchanges|higher education|university partnerships", "education", "educational exchange"),
            s("science and technology", "science and technology cooperation|scientific cooperation|joint research", "science and technology"),
            s("climate", "climate change|climate action|adaptation to climate change", "climate action", "climate change"),
            s("water management", "water management|the management of shared water resources|water security", "water management"),
            s("transport connectivity", "transport connectivity|regional connectivity|transport corridors", "transport connectivity", "connectivity"),
            s("human rights", "human rights|fundamental freedoms|respect for human rights", "human rights"),
            s("rule of law", "the rule of law|judicial reform|the independence of the judiciary", "rule of law"),
            s("digital economy", "the digital economy|digital trade|digital connectivity", "digital economy"),
            s("space cooperation", "space cooperation|civil space exploration|satellite data sharing", "civil space cooperation", "space"),
            s("people-to-people ties", "people-to-people ties|cultural exchanges|exchanges between young people", "cultural exchange", "cultural exchanges"),
            s("business climate", "the business climate|the investment climate|the conditions for foreign investors", "the business climate", "investment climate"),
            s("humanitarian assistance", "humanitarian assistance|disaster response|relief for refugees", "humanitarian assistance", "disaster relief"),
            s("infrastructure", "infrastructure investment|infrastructure development|the financing of infrastructure", "infrastructure development"),
            s("good governance", "good governance|anti-corruption efforts|transparency in public administration", "good governance", "anti-corruption"));

    private static Subject s(String label, String phrases, String noun, String... also) {
        return new Subject(label, split(phrases), noun, List.of(also));
    }

    /**
     * Named mechanisms, initiatives and agreements a statement may refer to; an empty list of parties means any.
     * {@code topic} is the subject area the name itself speaks of (a topic of the round when it is named), or null.
     */
    record Mechanism(String name, List<String> parties, String topic) {}

    static final List<Mechanism> MECHANISMS = List.of(
            new Mechanism("C5+1", List.of("KZ", "UZ", "KG", "TJ", "TM"), "central asia"),
            new Mechanism("Quad", List.of("IN", "JP", "AU"), "indo-pacific"),
            new Mechanism("Partnership for Global Infrastructure and Investment", List.of(), "infrastructure"),
            new Mechanism("Minerals Security Partnership", List.of(), "critical minerals"),
            new Mechanism("Global Coalition to Defeat ISIS", List.of("IQ", "JO", "SA", "AE", "QA", "KW", "BH", "EG", "MA"), "counterterrorism"),
            new Mechanism("Fulbright Program", List.of(), null),
            new Mechanism("State Partnership Program", List.of("KZ", "MN", "GE", "AZ", "PL", "RO", "UA", "GH", "MA", "JO", "PH"), "defense cooperation"),
            new Mechanism("Open Skies Agreement", List.of(), "civil aviation"),
            new Mechanism("Trade and Investment Framework Agreement", List.of(), "trade and investment"),
            new Mechanism("Proliferation Security Initiative", List.of(), "nonproliferation"),
            new Mechanism("Indo-Pacific Economic Framework", List.of("IN", "JP", "KR", "PH", "VN", "ID", "TH", "MY", "SG", "AU", "NZ"), "indo-pacific"),
            new Mechanism("Lower Mekong Initiative", List.of("VN", "TH"), "mekong"),
            new Mechanism("Strategic Framework Agreement", List.of("IQ"), null),
            new Mechanism("Millennium Challenge Compact", List.of("MN", "GH", "KE", "MA", "LK"), null),
            new Mechanism("Young Leaders Initiative", List.of("NG", "ZA", "KE", "GH", "PH", "VN", "ID", "TH", "MY"), "youth"),
            new Mechanism("Clean Energy Partnership", List.of(), "clean energy"),
            new Mechanism("Science and Technology Cooperation Agreement", List.of(), "science and technology"),
            new Mechanism("Joint Action Plan on Connectivity", List.of(), "transport connectivity"),
            new Mechanism("Framework for Economic Resilience", List.of(), "economic resilience"),
            new Mechanism("Roadmap for Regional Water Security", List.of("KZ", "UZ", "KG", "TJ", "TM", "JO", "IQ"), "water management"));
}

package org.communique.drafting;

import java.util.ArrayList;
import java.util.List;

/** A unified line diff (as `diff -u` writes it, three lines of context) between two texts. */
public final class LineDiff {
    private LineDiff() {}

    public static String unified(String before, String after, String fromName, String toName) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the edit script: ' ', '-', '+' with indices into a and b
        List<char[]> ops = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new char[]{' '}); at.add(new int[]{i++, j++});
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                ops.add(new char[]{'+'}); at.add(new int[]{i, j++});
            } else {
                ops.add(new char[]{'-'}); at.add(new int[]{i++, j});
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        int total = ops.size();
        boolean any = false;
        while (k < total) {
            if (ops.get(k)[0] == ' ') { k++; continue; }
            int start = Math.max(0, k - 3);
            int end = k;
            // extend the hunk while changes are within 6 lines of each other
            int lastChange = k;
            for (int x = k; x < total; x++) {
                if (ops.get(x)[0] != ' ') lastChange = x;
                else if (x - lastChange > 6) break;
                end = x;
            }
            end = Math.min(total - 1, lastChange + 3);
            if (!any) {
                out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
                any = true;
            }
            int aStart = at.get(start)[0];
            int bStart = at.get(start)[1];
            int aLen = 0;
            int bLen = 0;
            StringBuilder body = new StringBuilder();
            for (int x = start; x <= end; x++) {
                char op = ops.get(x)[0];
                int[] p = at.get(x);
                if (op == ' ') { aLen++; bLen++; body.append(' ').append(a.get(p[0])).append('\n'); }
                else if (op == '-') { aLen++; body.append('-').append(a.get(p[0])).append('\n'); }
                else { bLen++; body.append('+').append(b.get(p[1])).append('\n'); }
            }
            out.append("@@ -").append(aLen == 0 ? aStart : aStart + 1).append(',').append(aLen)
                    .append(" +").append(bLen == 0 ? bStart : bStart + 1).append(',').append(bLen).append(" @@\n")
                    .append(body);
            k = end + 1;
        }
        return out.toString();
    }

    private static List<String> lines(String s) {
        if (s == null || s.isEmpty()) return List.of();
        return List.of(s.split("\n", -1));
    }
}

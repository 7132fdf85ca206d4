/*
 * Collaboration network: pointing at or tabbing to an organisation highlights its ties and dims the rest.
 * Plain DOM, no libraries; the page works without it (the lists below the drawing say the same).
 */
(function () {
    var svg = document.getElementById('network');
    if (!svg) {
        return;
    }
    var lines = svg.querySelectorAll('line');

    function highlight(id) {
        svg.classList.add('focused');
        lines.forEach(function (line) {
            var mine = line.getAttribute('data-from') === id || line.getAttribute('data-to') === id;
            line.classList.toggle('active', mine);
        });
    }

    function reset() {
        svg.classList.remove('focused');
        lines.forEach(function (line) {
            line.classList.remove('active');
        });
    }

    svg.querySelectorAll('.node').forEach(function (node) {
        var id = node.getAttribute('data-id');
        node.addEventListener('mouseenter', function () { highlight(id); });
        node.addEventListener('focus', function () { highlight(id); });
        node.addEventListener('mouseleave', reset);
        node.addEventListener('blur', reset);
    });
})();

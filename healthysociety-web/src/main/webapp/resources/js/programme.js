/*
 * The festival programme grid: drag a session card onto a room and time slot to place it there. Dropping calls
 * the page's placeSession remote command with the session, room and slot; the form below the grid does the same
 * with the keyboard. Plain DOM; the listeners sit on the document, so they survive Ajax updates of the grid.
 */
(function () {
    document.addEventListener('dragstart', function (event) {
        var card = event.target.closest ? event.target.closest('[data-proposal]') : null;
        if (card) {
            event.dataTransfer.setData('text/plain', card.getAttribute('data-proposal'));
            event.dataTransfer.effectAllowed = 'move';
        }
    });
    document.addEventListener('dragover', function (event) {
        if (event.target.closest && event.target.closest('[data-slot]')) {
            event.preventDefault();
        }
    });
    document.addEventListener('drop', function (event) {
        var cell = event.target.closest ? event.target.closest('[data-slot]') : null;
        if (!cell || typeof window.placeSession !== 'function') {
            return;
        }
        event.preventDefault();
        var proposal = event.dataTransfer.getData('text/plain');
        if (proposal) {
            window.placeSession([{name: 'proposal', value: proposal}, {name: 'room', value: cell.getAttribute('data-room')},
                {name: 'slot', value: cell.getAttribute('data-slot')}]);
        }
    });
})();

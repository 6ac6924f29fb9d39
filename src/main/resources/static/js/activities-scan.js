// The door's camera: where the browser has the BarcodeDetector API, read the ticket's QR code from the
// camera and submit it; elsewhere (or without a camera or permission) the typed short code is the way.
(function () {
  'use strict';
  var section = document.getElementById('scanner');
  var video = document.getElementById('scanner-video');
  var form = document.getElementById('checkin-form');
  var input = document.getElementById('code');
  if (!section || !video || !form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (stream) {
    section.hidden = false;
    video.srcObject = stream;
    video.play();
    var done = false;
    function scan() {
      if (done) {
        return;
      }
      detector.detect(video).then(function (codes) {
        if (codes.length > 0 && codes[0].rawValue) {
          done = true;
          input.value = codes[0].rawValue;
          stream.getTracks().forEach(function (t) { t.stop(); });
          form.submit();
        } else {
          window.setTimeout(scan, 250);
        }
      }).catch(function () { window.setTimeout(scan, 500); });
    }
    scan();
  }).catch(function () { /* no camera or no permission: typing the code remains */ });
}());
